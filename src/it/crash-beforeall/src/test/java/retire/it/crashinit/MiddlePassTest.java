package retire.it.crashinit;

import org.junit.jupiter.api.Test;

/** Passes; must not be disturbed by the classes whose worker ends outside a test. */
class MiddlePassTest {
    @Test
    void one() {
        System.out.println("MiddlePassTest.one pid " + ProcessHandle.current().pid());
    }

    @Test
    void two() {
        System.out.println("MiddlePassTest.two pid " + ProcessHandle.current().pid());
    }
}
