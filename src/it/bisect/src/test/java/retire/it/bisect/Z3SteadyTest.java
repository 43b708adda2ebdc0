package retire.it.bisect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Z3SteadyTest {
    @Test
    void steady() {
        assertEquals("yes", System.getProperty("bisect.configured"), "the execution's systemPropertyVariables");
        // passes whatever ran before
    }
}
