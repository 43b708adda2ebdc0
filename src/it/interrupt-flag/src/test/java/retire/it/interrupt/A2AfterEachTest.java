package retire.it.interrupt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class A2AfterEachTest {
    @AfterEach
    void leaveFlag() {
        Flag.leave("A2AfterEachTest.afterEach");
    }

    @Test
    void a_first() throws InterruptedException {
        Flag.seen("A2AfterEachTest.a");
        Thread.sleep(5);
    }

    @Test
    void b_second() throws InterruptedException {
        Flag.seen("A2AfterEachTest.b");
        Thread.sleep(5);
    }
}
