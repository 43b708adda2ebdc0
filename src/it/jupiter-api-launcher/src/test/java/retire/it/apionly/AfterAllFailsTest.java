package retire.it.apionly;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AfterAllFailsTest {

    @AfterAll
    static void tearDown() {
        throw new IllegalStateException("boom from @AfterAll");
    }

    @Test
    void runs() {
    }
}
