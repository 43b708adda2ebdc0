package retire.it.afterall;

import org.junit.jupiter.api.Test;

class LaterTest {
    @Test
    void l1() {
        CleanupTest.mark("l1");
    }
}
