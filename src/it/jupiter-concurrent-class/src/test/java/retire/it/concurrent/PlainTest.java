package retire.it.concurrent;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Trace;

/** Same thread, as classes are by default: runs after ConcurrentTest's worker retired, in a fresh one. */
class PlainTest {
    @Test
    void p1() throws Exception {
        Trace.run("PlainTest.p1", 10);
    }

    @Test
    void p2() throws Exception {
        Trace.run("PlainTest.p2", 10);
    }
}
