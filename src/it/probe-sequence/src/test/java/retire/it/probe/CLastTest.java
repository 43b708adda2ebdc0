package retire.it.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CLastTest {
    /** Only in order.txt: one JVM ran these, in the sequence's order of classes (B before A, unlike the scan). */
    @Test
    void trail() {
        Trail.ran("CLastTest.trail");
        assertEquals(Arrays.asList("BSecondTest.clean", "AFirstTest.fails", "AFirstTest.two", "CLastTest.trail"),
                Trail.SEEN);
    }
}
