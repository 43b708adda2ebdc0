package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** SIGSEGV inside the JVM (Unsafe.putAddress(0, 0)): fatal error handler, hs_err file, then abort. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SigsegvTest {
    @Test
    void a_passesBefore() {
        Marks.pid("SigsegvTest.a_passesBefore");
    }

    @Test
    void b_crash() throws Exception {
        Marks.pid("SigsegvTest.b_crash");
        Signals.segfault();
        throw new AssertionError("still alive after the crash");
    }

    @Test
    void c_passesAfter() {
        Marks.pid("SigsegvTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("SigsegvTest.d_passesAfter");
    }
}
