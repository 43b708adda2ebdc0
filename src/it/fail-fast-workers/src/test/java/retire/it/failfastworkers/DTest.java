package retire.it.failfastworkers;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class DTest {
    @Test
    void d1() throws Exception {
        Marker.otherClassRuns();
    }

    @Test
    void d2() {

    }

    @Test
    void d3() {
    }
}
