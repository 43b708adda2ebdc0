package retire.it.parallel;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Trace;

class ParallelATest {
    @Test
    void one() throws Exception {
        Trace.run("ParallelATest.one", 1500);
    }

    @Test
    void two() throws Exception {
        Trace.run("ParallelATest.two", 1500);
    }

    @Test
    void three() throws Exception {
        Trace.run("ParallelATest.three", 1500);

    }
}
