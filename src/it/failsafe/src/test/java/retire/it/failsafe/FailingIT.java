package retire.it.failsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class FailingIT {

    @Test
    void passes() {
        assertEquals(1, 1);
    }

    @Test
    void fails() {
        assertEquals("expected", "actual");
    }

    @Test
    void errors() {
        throw new IllegalStateException("boom in FailingIT");
    }

    @Test
    @Disabled
    void skipped() {
    }
}
