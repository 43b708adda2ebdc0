package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** System.exit(3) in the middle of a test. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ExitTest {
    @Test
    void a_passesBefore() {
        System.out.println("ExitTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_crash() throws Exception {
        System.out.println("ExitTest.b_crash pid " + ProcessHandle.current().pid());
        System.exit(3);
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        System.out.println("ExitTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("ExitTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
