package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** SIGKILL from outside (kill -9 of its own pid). */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SigkillTest {
    @Test
    void a_passesBefore() {
        System.out.println("SigkillTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_crash() throws Exception {
        System.out.println("SigkillTest.b_crash pid " + ProcessHandle.current().pid());
        Signals.send("KILL");
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        System.out.println("SigkillTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("SigkillTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
