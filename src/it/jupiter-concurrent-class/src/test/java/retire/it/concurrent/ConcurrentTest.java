package retire.it.concurrent;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import retire.it.fixtures.Trace;

/** Its methods run side by side; m1 fails while m2 and m3 still run. */
@Execution(ExecutionMode.CONCURRENT)
class ConcurrentTest {
    @Test
    void m1() throws Exception {
        Trace.run("ConcurrentTest.m1", 300);
        fail("m1 fails while m2 and m3 run");
    }

    @Test
    void m2() throws Exception {
        Trace.run("ConcurrentTest.m2", 1000);
    }

    @Test
    void m3() throws Exception {
        Trace.run("ConcurrentTest.m3", 2500);
    }
}
