package retire.it.unhonoured;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CTest {
    @Test
    void passes() {
    }

    @Test
    void fails() {
        assertEquals(1, 2);
    }
}
