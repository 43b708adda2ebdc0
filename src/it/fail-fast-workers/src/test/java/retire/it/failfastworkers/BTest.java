package retire.it.failfastworkers;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class BTest {
    @Test
    void b1() throws Exception {
        Marker.otherClassRuns();
    }

    @Test
    void b2() {

    }

    @Test
    void b3() {
    }
}
