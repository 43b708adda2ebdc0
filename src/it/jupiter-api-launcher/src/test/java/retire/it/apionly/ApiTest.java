package retire.it.apionly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class ApiTest {

    @Test
    void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    void fails() {
        assertEquals(3, 1 + 1, "arithmetic is broken");
    }

    @Test
    void errors() {
        throw new IllegalStateException("boom from errors");
    }

    @Test
    @Disabled("on purpose")
    void disabled() {
        throw new AssertionError("must not run");
    }
}
