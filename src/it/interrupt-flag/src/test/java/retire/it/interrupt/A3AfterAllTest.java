package retire.it.interrupt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class A3AfterAllTest {
    @AfterAll
    static void leaveFlag() {
        Flag.leave("A3AfterAllTest.afterAll");
    }

    @Test
    void only() throws InterruptedException {
        Flag.seen("A3AfterAllTest.only");
        Thread.sleep(5);
    }
}
