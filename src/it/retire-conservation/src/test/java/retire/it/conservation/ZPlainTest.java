package retire.it.conservation;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/** The run goes on after all that. */
class ZPlainTest {
    @Test
    void p() {
        Marks.mark("ZPlainTest.p");
    }
}
