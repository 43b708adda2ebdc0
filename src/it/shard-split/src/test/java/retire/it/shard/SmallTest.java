package retire.it.shard;

import org.junit.jupiter.api.Test;

class SmallTest {
    @Test
    void sleeps() throws InterruptedException {
        Thread.sleep(600);
    }
}
