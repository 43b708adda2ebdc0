package retire.it.listeners;

import org.junit.jupiter.api.Test;

class CharlieTest {
    @Test
    void first() {
    }

    @Test
    void second() {
    }
}
