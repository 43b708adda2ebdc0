package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** SIGKILL from outside (kill -9 of its own pid). */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SigkillTest {
    @Test
    void a_passesBefore() {
        Marks.pid("SigkillTest.a_passesBefore");
    }

    @Test
    void b_crash() throws Exception {
        Marks.pid("SigkillTest.b_crash");
        Signals.send("KILL");
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        Marks.pid("SigkillTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("SigkillTest.d_passesAfter");
    }
}
