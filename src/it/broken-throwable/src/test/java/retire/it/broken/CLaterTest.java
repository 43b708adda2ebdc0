package retire.it.broken;

import org.junit.jupiter.api.Test;

class CLaterTest {
    @Test
    void passes() {
        System.out.println("CLaterTest.passes ran");
    }
}
