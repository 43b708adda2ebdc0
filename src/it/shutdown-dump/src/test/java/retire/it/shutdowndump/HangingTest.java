package retire.it.shutdowndump;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class HangingTest {
    @Test
    void hangsInThisVeryMethod() throws Exception {
        String pidFile = System.getProperty("dump.pidfile");
        assumeTrue(pidFile != null, "only when verify.groovy runs the build to terminate it");
        Files.write(Paths.get(pidFile + ".tmp"), String.valueOf(ProcessHandle.current().pid()).getBytes());
        Files.move(Paths.get(pidFile + ".tmp"), Paths.get(pidFile));
        Thread.sleep(600_000);
    }
}
