package retire.it.crash;

import org.junit.jupiter.api.Test;

/** Never crashes; must be reported exactly as usual. */
class UntouchedTest {
    @Test
    void one() {
        System.out.println("UntouchedTest.one pid " + ProcessHandle.current().pid());
    }

    @Test
    void two() {
        System.out.println("UntouchedTest.two pid " + ProcessHandle.current().pid());
    }
}
