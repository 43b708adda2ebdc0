package retire.it.shard;

import org.junit.jupiter.api.Test;

class MidTest {
    @Test
    void sleeps() throws InterruptedException {
        Thread.sleep(1000);
    }
}
