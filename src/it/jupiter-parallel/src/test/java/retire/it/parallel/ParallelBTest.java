package retire.it.parallel;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Trace;

class ParallelBTest {
    @Test
    void one() throws Exception {
        Trace.run("ParallelBTest.one", 1500);
    }

    @Test
    void two() throws Exception {
        Trace.run("ParallelBTest.two", 1500);
    }

    @Test
    void three() throws Exception {
        Trace.run("ParallelBTest.three", 1500);

    }
}
