package io.github.retire.booter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link TestRunner#warmUp()} runs: a test like the users', so their first one starts warm. */
class WarmUpFixture {
    private int value;

    @BeforeEach
    void setUp() {
        value = 1;
    }

    @Test
    void warmsUp() {
        if (value != 1) {
            throw new AssertionError("warm-up fixture misbehaved");
        }
    }
}
