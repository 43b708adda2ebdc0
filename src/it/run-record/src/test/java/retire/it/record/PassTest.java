package retire.it.record;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class PassTest {
    @Test
    void p1() throws InterruptedException {
        Thread.sleep(200);
    }

    @Test
    void p2() throws InterruptedException {
        Thread.sleep(200);
    }

    @Test
    void p3() throws InterruptedException {
        Thread.sleep(200);
    }
}
