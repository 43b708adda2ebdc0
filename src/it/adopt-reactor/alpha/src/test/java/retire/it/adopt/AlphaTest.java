package retire.it.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void passes() {
        // Which JVM runs the test: retire's worker (WorkerMain) or stock's fork (ForkedBooter).
        System.out.println("JVM-MAIN " + System.getProperty("sun.java.command"));
    }

    @Test
    void fails() {
        assertEquals(3, 1 + 1, "alpha arithmetic");
    }
}
