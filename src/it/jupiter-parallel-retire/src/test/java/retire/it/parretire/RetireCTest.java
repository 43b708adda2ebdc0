package retire.it.parretire;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import retire.it.fixtures.Trace;

/**
 * Beside the other classes, but its methods one after the other: c1 runs when a1 fails, c2 and c3 have
 * not started yet.
 */
@Execution(ExecutionMode.SAME_THREAD)
@TestMethodOrder(MethodOrderer.MethodName.class)
class RetireCTest {
    @Test
    void c1() throws Exception {
        Trace.run("RetireCTest.c1", 2500);
    }

    @Test
    void c2() throws Exception {
        Trace.run("RetireCTest.c2", 100);
    }

    @Test
    void c3() throws Exception {
        Trace.run("RetireCTest.c3", 100);
    }
}
