package retire.it.probe;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class AFirstTest {
    @Test
    void fails() {
        Trail.ran("AFirstTest.fails");
        fail("on purpose");
    }

    @Test
    void one() {
        Trail.ran("AFirstTest.one");
    }

    @Test
    void two() {
        Trail.ran("AFirstTest.two");
    }
}
