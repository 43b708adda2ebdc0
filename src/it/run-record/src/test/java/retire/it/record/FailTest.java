package retire.it.record;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** b fails: its worker retires, and c runs in another. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class FailTest {
    @Test
    void a() {
    }

    @Test
    void b() {
        fail("on purpose");
    }

    @Test
    void c() {
    }
}
