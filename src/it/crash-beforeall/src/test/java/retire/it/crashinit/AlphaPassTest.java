package retire.it.crashinit;

import org.junit.jupiter.api.Test;

/** Passes; must not be disturbed by the classes whose worker ends outside a test. */
class AlphaPassTest {
    @Test
    void one() {
        System.out.println("AlphaPassTest.one pid " + ProcessHandle.current().pid());
    }

    @Test
    void two() {
        System.out.println("AlphaPassTest.two pid " + ProcessHandle.current().pid());
    }
}
