package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** System.exit(3) in the middle of a test. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ExitTest {
    @Test
    void a_passesBefore() {
        Marks.pid("ExitTest.a_passesBefore");
    }

    @Test
    void b_crash() throws Exception {
        Marks.pid("ExitTest.b_crash");
        System.exit(3);
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        Marks.pid("ExitTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("ExitTest.d_passesAfter");
    }
}
