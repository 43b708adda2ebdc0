package retire.it.crashafter;

import org.junit.jupiter.api.Test;

class ZuluPassTest {
    @Test
    void one() {
    }
}
