package retire.it.jdk25;

import org.junit.jupiter.api.Test;

/** Runs after the hang. */
class UntouchedTest {
    @Test
    void one() {
        SleepTest.mark("UntouchedTest.one");
    }
}
