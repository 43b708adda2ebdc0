package retire.it.bisect;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PVictimTest {
    @Test
    void victim() {
        assertFalse(System.getProperty("bisect.pairA") != null && System.getProperty("bisect.pairB") != null,
                "poisoned by two tests together");
    }
}
