package retire.it.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Trace;

class ParallelCTest {
    @Test
    void one() throws Exception {
        Trace.run("ParallelCTest.one", 1500);
    }

    @Test
    void two() throws Exception {
        Trace.run("ParallelCTest.two", 1500);
    }

    @Test
    void three() throws Exception {
        Trace.run("ParallelCTest.three", 1500);
        assertEquals(1, 2, "three of C fails after it ran beside the others");
    }
}
