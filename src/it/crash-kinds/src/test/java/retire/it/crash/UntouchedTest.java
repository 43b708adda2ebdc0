package retire.it.crash;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/** Never crashes; must be reported exactly as usual. */
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
