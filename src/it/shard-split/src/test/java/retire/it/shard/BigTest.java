package retire.it.shard;

import org.junit.jupiter.api.Test;

class BigTest {
    @Test
    void sleeps() throws InterruptedException {
        Thread.sleep(1600);
    }
}
