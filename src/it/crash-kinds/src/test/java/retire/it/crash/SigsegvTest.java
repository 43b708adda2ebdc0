package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** SIGSEGV inside the JVM (Unsafe.putAddress(0, 0)): fatal error handler, hs_err file, then abort. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SigsegvTest {
    @Test
    void a_passesBefore() {
        System.out.println("SigsegvTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_crash() throws Exception {
        System.out.println("SigsegvTest.b_crash pid " + ProcessHandle.current().pid());
        Signals.segfault();
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        System.out.println("SigsegvTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("SigsegvTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
