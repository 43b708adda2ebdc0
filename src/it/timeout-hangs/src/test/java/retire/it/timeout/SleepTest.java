package retire.it.timeout;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** The plain hang: a test that sleeps far past the limit. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SleepTest {
    @Test
    void a_passesBefore() {
        Marks.pid("SleepTest.a_passesBefore");
    }

    @Test
    void b_sleeps() throws Exception {
        Marks.pid("SleepTest.b_sleeps");
        Thread.sleep(600_000);
    }

    @Test
    void c_passesAfter() {
        Marks.pid("SleepTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("SleepTest.d_passesAfter");
    }
}
