package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ATest {
    @Test
    void a1() {
        assertEquals(4, 2 + 2);
    }

    @Test
    void a2() {
        assertEquals("ab", "a" + "b");
    }
}
