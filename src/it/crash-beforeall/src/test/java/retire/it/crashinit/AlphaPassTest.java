package retire.it.crashinit;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/** Passes; must not be disturbed by the classes whose worker ends outside a test. */
class AlphaPassTest {
    @Test
    void one() {
        Marks.pid("AlphaPassTest.one");
    }

    @Test
    void two() {
        Marks.pid("AlphaPassTest.two");
    }
}
