package retire.it.orphans;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Stall;

/**
 * Stalls the worker's JVM at a safepoint, as timeout-stall does ({@link Stall}, with the pom's argLine),
 * so no Java thread (retire's command reader included) runs again. The pid file is written just before
 * the GC request.
 */
class StallTest {

    @Test
    void stalls() throws Exception {
        String pidFile = System.getProperty("orphan.pidfile");
        assumeTrue(pidFile != null, "only when verify.groovy runs the build to kill it");
        Stall.startSpinner();
        Files.write(Paths.get(pidFile + ".tmp"), String.valueOf(ProcessHandle.current().pid()).getBytes());
        Files.move(Paths.get(pidFile + ".tmp"), Paths.get(pidFile));
        System.gc(); // needs a safepoint that the spinner never reaches
        // Only reached when the JVM did not stall: verify.groovy fails on this file.
        Files.write(Paths.get(pidFile + ".not-stalled"), new byte[0]);
        Thread.sleep(600_000);
    }
}
