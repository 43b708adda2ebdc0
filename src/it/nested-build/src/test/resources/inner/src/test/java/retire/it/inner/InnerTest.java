package retire.it.inner;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The nested build's tests: one prints where it runs, one fails on purpose, one passes. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class InnerTest {
    @Test
    void a_printsPid() {
        ProcessHandle self = ProcessHandle.current();
        StringBuilder ancestors = new StringBuilder();
        for (ProcessHandle p = self.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            ancestors.append(ancestors.length() == 0 ? "" : ",").append(p.pid());
        }
        String parentCommand = self.parent().flatMap(p -> p.info().commandLine()).orElse("?");
        System.out.println("INNER-PID=" + self.pid() + " ANCESTORS=" + ancestors
                + " PARENT-IS-SUREFIRE-FORK=" + parentCommand.contains("surefire"));
    }

    @Test
    void b_failsOnPurpose() {
        throw new AssertionError("inner failure on purpose");
    }

    @Test
    void c_passes() {
    }
}
