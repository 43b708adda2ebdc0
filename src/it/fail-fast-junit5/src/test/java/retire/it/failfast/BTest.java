package retire.it.failfast;

import org.junit.jupiter.api.Test;

class BTest {
    @Test
    void b1() {
    }

    @Test
    void b2() {
    }

    @Test
    void b3() {
    }
}
