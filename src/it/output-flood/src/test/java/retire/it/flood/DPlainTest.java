package retire.it.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DPlainTest {
    @Test
    void one() {
        System.out.println("plain D one");
        assertEquals(2, 1 + 1);
    }

    @Test
    void two() {
        assertEquals(4, 2 * 2);
    }
}
