package retire.it.bisect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class Z1VictimTest {
    @Test
    void victim() {
        assertEquals("yes", System.getProperty("bisect.configured"), "the execution's systemPropertyVariables");
        assertNull(System.getProperty("bisect.poison"), "poisoned by a test before");
    }
}
