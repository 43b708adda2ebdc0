package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** SIGABRT from outside (kill -ABRT of its own pid); the JVM does not handle it. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SigabrtTest {
    @Test
    void a_passesBefore() {
        System.out.println("SigabrtTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_crash() throws Exception {
        System.out.println("SigabrtTest.b_crash pid " + ProcessHandle.current().pid());
        Signals.send("ABRT");
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        System.out.println("SigabrtTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("SigabrtTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
