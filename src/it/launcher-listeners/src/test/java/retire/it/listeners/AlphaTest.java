package retire.it.listeners;

import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void first() {
    }

    @Test
    void second() {
    }
}
