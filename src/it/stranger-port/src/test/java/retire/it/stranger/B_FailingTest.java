package retire.it.stranger;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With retire.onFailure a failure retires its worker: the tests after it need a fresh one to connect. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class B_FailingTest {
    @Test
    void a_fails() {
        fail("on purpose");
    }

    @Test
    void b_passes() {
    }

    @Test
    void c_fails() {
        fail("on purpose, again");
    }

    @Test
    void d_passes() {
    }
}
