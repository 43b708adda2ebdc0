package retire.it.bisect;

import org.junit.jupiter.api.Test;

class P2Test {
    @Test
    void d() {
    }

    @Test
    void e() {
    }
}
