package retire.it.junit6;

import org.junit.jupiter.api.Test;

class PlainTest {

    @Test
    void one() {
    }

    @Test
    void two() {
    }
}
