package retire.it.stall;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Stall;
import retire.it.fixtures.Marks;

/**
 * b_stall stalls the whole JVM at a safepoint ({@link Stall}, with the pom's argLine), so that every Java
 * thread, retire's Java watchdog included, stays stopped.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class StallTest {

    @Test
    void a_passesBefore() {
        Marks.pid("StallTest.a_passesBefore");
    }

    @Test
    void b_stall() throws Exception {
        Marks.pid("StallTest.b_stall");
        Stall.startSpinner();
        System.out.println("StallTest.b_stall: System.gc()");
        System.gc(); // needs a safepoint that the spinner never reaches
        // Only reached when the JVM did not stall: then the Java stage ends the worker, with a thread dump,
        // and the verify script fails on the missing "unresponsive" detail.
        System.out.println("StallTest.b_stall: System.gc() returned, no stall");
        Thread.sleep(600_000);
    }

    @Test
    void c_passesAfter() {
        Marks.pid("StallTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("StallTest.d_passesAfter");
    }
}
