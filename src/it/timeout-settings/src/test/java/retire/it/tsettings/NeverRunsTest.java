package retire.it.tsettings;

import org.junit.jupiter.api.Test;

/** Must never run: every build of this IT has a bad setting. */
class NeverRunsTest {
    @Test
    void neverRuns() {
        System.out.println("NEVER-RUNS-MARKER");
    }
}
