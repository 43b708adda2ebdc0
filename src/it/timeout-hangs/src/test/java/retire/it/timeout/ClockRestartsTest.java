package retire.it.timeout;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/**
 * Never hangs: @BeforeAll, each test and @AfterAll take 1.2 s each, 6 s in all, more than the 2 s limit
 * but each well inside it. Every JUnit event restarts the clock, so all of it must pass.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ClockRestartsTest {
    @BeforeAll
    static void setUpClass() throws Exception {
        Thread.sleep(1200);
    }

    @Test
    void a_slowButInTime() throws Exception {
        Marks.pid("ClockRestartsTest.a_slowButInTime");
        Thread.sleep(1200);
    }

    @Test
    void b_slowButInTime() throws Exception {
        Marks.pid("ClockRestartsTest.b_slowButInTime");
        Thread.sleep(1200);
    }

    @Test
    void c_slowButInTime() throws Exception {
        Marks.pid("ClockRestartsTest.c_slowButInTime");
        Thread.sleep(1200);
    }

    @AfterAll
    static void tearDownClass() throws Exception {
        Thread.sleep(1200);
    }
}
