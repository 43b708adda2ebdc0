package retire.it.failfastworkers;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class ATest {
    @Test
    void a1() throws InterruptedException {
        Marker.awaitOtherClass();
        fail("a1 fails");
    }

    @Test
    void a2() {
    }

    @Test
    void a3() {
    }
}
