package retire.it.orphans;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * Leaves a shutdown hook that never returns: after SHUTDOWN the worker is stuck in System.exit, its
 * command reader done. The hook writes the pid file, so verify.groovy knows the worker got that far.
 */
class StuckHookTest {
    @Test
    void hangsInAShutdownHook() {
        String pidFile = System.getProperty("orphan.pidfile");
        assumeTrue(pidFile != null, "only when verify.groovy runs the build to kill it");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.write(Paths.get(pidFile + ".tmp"), String.valueOf(ProcessHandle.current().pid()).getBytes());
                Files.move(Paths.get(pidFile + ".tmp"), Paths.get(pidFile));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // keep the JVM from ending
                }
            }
        }, "stuck-hook"));
    }
}
