package retire.it.bisect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class Z4PairTest {
    @Test
    void victim() {
        assertEquals("yes", System.getProperty("bisect.configured"), "the execution's systemPropertyVariables");
        assertFalse(System.getProperty("bisect.pairA") != null && System.getProperty("bisect.pairB") != null,
                "poisoned by two tests together");
    }
}
