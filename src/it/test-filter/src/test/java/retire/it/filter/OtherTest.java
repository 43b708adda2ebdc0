package retire.it.filter;

import org.junit.jupiter.api.Test;

class OtherTest {

    @Test
    void first() {
    }

    @Test
    void second() {
    }
}
