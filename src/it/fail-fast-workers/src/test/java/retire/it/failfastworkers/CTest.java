package retire.it.failfastworkers;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class CTest {
    @Test
    void c1() throws Exception {
        Marker.otherClassRuns();
    }

    @Test
    void c2() {
        fail("c2 fails");
    }

    @Test
    void c3() {
    }
}
