package retire.it.crashloop;

import org.junit.jupiter.api.Test;

/** Would pass, but no worker lives long enough to run it. */
class AlphaTest {
    @Test
    void one() {
    }

    @Test
    void two() {
    }
}
