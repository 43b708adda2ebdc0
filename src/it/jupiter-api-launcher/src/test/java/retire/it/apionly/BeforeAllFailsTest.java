package retire.it.apionly;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BeforeAllFailsTest {

    @BeforeAll
    static void setUp() {
        throw new IllegalStateException("boom from @BeforeAll");
    }

    @Test
    void first() {
    }

    @Test
    void second() {
    }
}
