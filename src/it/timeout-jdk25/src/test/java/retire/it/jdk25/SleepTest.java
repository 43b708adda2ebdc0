package retire.it.jdk25;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Sleeps past the limit between passing tests; each test says which JVM and Java version ran it. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SleepTest {
    static void mark(String test) {
        System.out.println(test + " pid " + ProcessHandle.current().pid() + " java " + Runtime.version().feature());
    }

    @Test
    void a_passesBefore() {
        mark("SleepTest.a_passesBefore");
    }

    @Test
    void b_sleeps() throws Exception {
        mark("SleepTest.b_sleeps");
        Thread.sleep(600_000);
    }

    @Test
    void c_passesAfter() {
        mark("SleepTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        mark("SleepTest.d_passesAfter");
    }
}
