package retire.it.history;

import org.junit.jupiter.api.Test;

class ATest {
    @Test
    void passes() {
    }
}
