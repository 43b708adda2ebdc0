package retire.it.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
