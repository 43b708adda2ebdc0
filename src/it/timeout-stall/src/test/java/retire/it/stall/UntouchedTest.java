package retire.it.stall;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/** Runs after the stall, in the fresh worker. */
class UntouchedTest {
    @Test
    void one() {
        Marks.pid("UntouchedTest.one");
    }

    @Test
    void two() {
        Marks.pid("UntouchedTest.two");
    }
}
