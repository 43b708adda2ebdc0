package retire.it.crashinit;

import org.junit.jupiter.api.Test;

/** Passes; must not be disturbed by the classes whose worker ends outside a test. */
class ZuluPassTest {
    @Test
    void one() {
        System.out.println("ZuluPassTest.one pid " + ProcessHandle.current().pid());
    }

    @Test
    void two() {
        System.out.println("ZuluPassTest.two pid " + ProcessHandle.current().pid());
    }
}
