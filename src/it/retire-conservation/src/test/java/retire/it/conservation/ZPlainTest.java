package retire.it.conservation;

import org.junit.jupiter.api.Test;

/** The run goes on after all that. */
class ZPlainTest {
    @Test
    void p() {
        Marks.mark("ZPlainTest.p");
    }
}
