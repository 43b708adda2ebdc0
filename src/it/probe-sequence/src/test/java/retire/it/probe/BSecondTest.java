package retire.it.probe;

import org.junit.jupiter.api.Test;

class BSecondTest {
    @Test
    void clean() {
        Trail.ran("BSecondTest.clean");
    }

    @Test
    void other() {
        Trail.ran("BSecondTest.other");
    }
}
