package retire.it.timeout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

import static org.junit.jupiter.api.Assertions.fail;

/** Hangs in @BeforeAll: the timeout guards class set-up too. Neither test may ever run. */
class BeforeAllHangTest {
    @BeforeAll
    static void setUpClass() throws Exception {
        Marks.pid("BeforeAllHangTest.setUpClass");
        Thread.sleep(600_000);
    }

    @Test
    void neverRunsOne() {
        fail("BeforeAllHangTest.neverRunsOne ran although its @BeforeAll timed out");
    }

    @Test
    void neverRunsTwo() {
        fail("BeforeAllHangTest.neverRunsTwo ran although its @BeforeAll timed out");
    }
}
