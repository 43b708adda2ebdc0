package retire.it.history;

import org.junit.jupiter.api.Test;

class CTest {
    @Test
    void passes() {
    }
}
