package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** SIGABRT from outside (kill -ABRT of its own pid); the JVM does not handle it. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SigabrtTest {
    @Test
    void a_passesBefore() {
        Marks.pid("SigabrtTest.a_passesBefore");
    }

    @Test
    void b_crash() throws Exception {
        Marks.pid("SigabrtTest.b_crash");
        Signals.send("ABRT");
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        Marks.pid("SigabrtTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("SigabrtTest.d_passesAfter");
    }
}
