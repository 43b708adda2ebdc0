package retire.it.broken;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BBrokenAfterAllTest {
    @AfterAll
    static void breaks() {
        throw new Broken.UnprintableException();
    }

    @Test
    void passes() {
        System.out.println("BBrokenAfterAllTest.passes ran");
    }
}
