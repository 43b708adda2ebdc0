package retire.it.interrupt;

import org.junit.jupiter.api.Test;

class A4NextClassTest {
    @Test
    void first() throws InterruptedException {
        Flag.seen("A4NextClassTest.first");
        Thread.sleep(5);
    }
}
