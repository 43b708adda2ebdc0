package retire.it.crashinit;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/** Passes; must not be disturbed by the classes whose worker ends outside a test. */
class MiddlePassTest {
    @Test
    void one() {
        Marks.pid("MiddlePassTest.one");
    }

    @Test
    void two() {
        Marks.pid("MiddlePassTest.two");
    }
}
