package retire.it.stall;

import org.junit.jupiter.api.Test;

/** Runs after the stall, in the fresh worker. */
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
