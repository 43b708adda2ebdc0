package retire.it.adopt;

import org.junit.jupiter.api.Test;

class GammaTest {
    @Test
    void passes() {
        System.out.println("JVM-MAIN " + System.getProperty("sun.java.command"));
    }
}
