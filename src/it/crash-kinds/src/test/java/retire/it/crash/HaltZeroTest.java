package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Runtime.halt(0): status 0, but the worker did not retire, so it is still a crash. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class HaltZeroTest {
    @Test
    void a_passesBefore() {
        System.out.println("HaltZeroTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_crash() throws Exception {
        System.out.println("HaltZeroTest.b_crash pid " + ProcessHandle.current().pid());
        Runtime.getRuntime().halt(0);
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        System.out.println("HaltZeroTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("HaltZeroTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
