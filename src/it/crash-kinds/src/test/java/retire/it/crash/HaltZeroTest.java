package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** Runtime.halt(0): status 0, but the worker did not retire, so it is still a crash. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class HaltZeroTest {
    @Test
    void a_passesBefore() {
        Marks.pid("HaltZeroTest.a_passesBefore");
    }

    @Test
    void b_crash() throws Exception {
        Marks.pid("HaltZeroTest.b_crash");
        Runtime.getRuntime().halt(0);
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        Marks.pid("HaltZeroTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("HaltZeroTest.d_passesAfter");
    }
}
