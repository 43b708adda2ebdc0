package retire.it.twoexec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeCheck {

    @Test
    void passes() {
        assertEquals(1, 1);
    }

    @Test
    void fails() {
        assertEquals(1, 2, "SmokeCheck fails on purpose");
    }
}
