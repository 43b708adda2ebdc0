package retire.it.features;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BeforeAllFailsTest {

    @BeforeAll
    static void setUpClass() {
        throw new IllegalStateException("boom in @BeforeAll");
    }

    @Test
    void neverRunsA() {
    }

    @Test
    void neverRunsB() {
    }
}
