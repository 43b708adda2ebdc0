package it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class CTest {
    @Test
    void c1() {
        assertNotNull(System.getProperty("java.version"));
    }
}
