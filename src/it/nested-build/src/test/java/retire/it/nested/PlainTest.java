package retire.it.nested;

import org.junit.jupiter.api.Test;

/** Runs after NestedBuildTest in the outer build. */
class PlainTest {
    @Test
    void passes() {
        System.out.println("OUTER-PID=" + ProcessHandle.current().pid());
    }
}
