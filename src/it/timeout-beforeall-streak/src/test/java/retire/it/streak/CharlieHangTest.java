package retire.it.streak;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.fail;

/** Hangs in @BeforeAll, so its test never runs. */
class CharlieHangTest {
    @BeforeAll
    static void setUpClass() throws Exception {
        Thread.sleep(600_000);
    }

    @Test
    void neverRuns() {
        fail("CharlieHangTest.neverRuns ran although its @BeforeAll timed out");
    }
}
