package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class BTest {
    @Test
    void b1() {
        Supplier<Boolean> lambda = () -> true; // a lambda proxy, as an archive holds them
        assertTrue(lambda.get());
    }

    @Test
    @Disabled("skipped in every run")
    void b2() {
    }
}
