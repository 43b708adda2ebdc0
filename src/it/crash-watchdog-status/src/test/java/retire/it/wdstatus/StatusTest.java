package retire.it.wdstatus;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class StatusTest {
    @Test
    void a_exitsLikeTheNativeWatchdog() {
        System.err.println("[retire-watchdog not-the-secret] deadline plus grace passed");
        System.exit(125);
    }

    @Test
    void b_haltsLikeTheJavaStage() {
        Runtime.getRuntime().halt(124);
    }

    @Test
    void c_passes() {
    }
}
