package retire.it.interrupt;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class V3JupiterAfterVintageTest {
    @Test
    void a_first() {
        Flag.seen("V3JupiterAfterVintageTest.a");
    }

    @Test
    void b_second() {
        Flag.seen("V3JupiterAfterVintageTest.b");
    }
}
