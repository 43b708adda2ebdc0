package retire.it.forktimeout;

import org.junit.jupiter.api.Test;

class AQuickTest {
    @Test
    void passes() {
    }
}
