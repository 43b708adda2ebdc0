package retire.it.javakill;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.NativeLibs;

/** A test that sleeps past the limit, between passing tests. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class HangTwoTest {
    @Test
    void a_passesBefore() throws Exception {
        NativeLibs.mark("HangTwoTest.a_passesBefore");
    }

    @Test
    void b_sleeps() throws Exception {
        NativeLibs.mark("HangTwoTest.b_sleeps");
        Thread.sleep(600_000);
    }

    @Test
    void c_passesAfter() throws Exception {
        NativeLibs.mark("HangTwoTest.c_passesAfter");
    }
}
