package retire.it.history;

import org.junit.jupiter.api.Test;

class BTest {
    @Test
    void passes() {
    }
}
