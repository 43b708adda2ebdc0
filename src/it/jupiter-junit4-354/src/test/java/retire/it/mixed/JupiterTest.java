package retire.it.mixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JupiterTest {

    @Test
    void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    void fails() {
        assertEquals(3, 1 + 1, "arithmetic is broken");
    }
}
