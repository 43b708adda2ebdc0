package retire.it.timeout;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The plain hang: a test that sleeps far past the limit. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SleepTest {
    @Test
    void a_passesBefore() {
        Marks.mark("SleepTest.a_passesBefore");
    }

    @Test
    void b_sleeps() throws Exception {
        Marks.mark("SleepTest.b_sleeps");
        Thread.sleep(600_000);
    }

    @Test
    void c_passesAfter() {
        Marks.mark("SleepTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.mark("SleepTest.d_passesAfter");
    }
}
