package retire.it.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EPlainTest {
    @Test
    void one() {
        System.out.println("plain E one");
        assertEquals(2, 1 + 1);
    }

    @Test
    void two() {
        assertEquals(4, 2 * 2);
    }
}
