package retire.it.adopt;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class BetaTest {
    @Test
    public void passes() {
        System.out.println("JVM-MAIN " + System.getProperty("sun.java.command"));
    }

    @Test
    public void fails() {
        assertEquals("beta arithmetic", 3, 1 + 1);
    }
}
