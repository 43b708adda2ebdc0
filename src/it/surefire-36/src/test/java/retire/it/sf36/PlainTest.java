package retire.it.sf36;

import org.junit.jupiter.api.Test;

class PlainTest {

    @Test
    void one() {
    }

    @Test
    void two() {
    }
}
