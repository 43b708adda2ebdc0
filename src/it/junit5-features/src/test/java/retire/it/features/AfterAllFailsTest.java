package retire.it.features;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AfterAllFailsTest {

    @AfterAll
    static void tearDownClass() {
        throw new IllegalStateException("boom in @AfterAll");
    }

    @Test
    void runsA() {
    }

    @Test
    void runsB() {
    }
}
