package retire.it.crashloop;

import org.junit.jupiter.api.Test;

/** Would pass, but no worker lives long enough to run it. */
class BravoTest {
    @Test
    void one() {
    }

    @Test
    void two() {
    }
}
