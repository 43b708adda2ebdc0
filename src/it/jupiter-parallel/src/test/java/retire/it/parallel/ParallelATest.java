package retire.it.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
