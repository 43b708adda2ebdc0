package retire.it.adopt;

import org.junit.Test;

public class BetaIT {
    @Test
    public void passes() {
        System.out.println("JVM-MAIN " + System.getProperty("sun.java.command"));
    }
}
