package retire.it.tsettings;

import org.junit.jupiter.api.Test;

/** Runs (and passes) only in the first build, which has a valid, huge retire.testTimeout. */
class OnlyValidTest {
    @Test
    void passes() {
        System.out.println("HUGE-LIMIT-RAN-MARKER");
    }
}
