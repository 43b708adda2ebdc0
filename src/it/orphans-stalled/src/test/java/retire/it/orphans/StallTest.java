package retire.it.orphans;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * Stalls the worker's JVM at a safepoint, as timeout-stall does: "it-spinner" runs a C2-compiled loop
 * without safepoint polls (the pom's argLine) and the test thread asks for a GC, so no Java thread
 * (retire's command reader included) runs again. The pid file is written just before the GC request.
 */
class StallTest {
    static volatile int sink;

    static int spin(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                acc += i ^ j;
            }
        }
        return acc;
    }

    @Test
    void stalls() throws Exception {
        String pidFile = System.getProperty("orphan.pidfile");
        assumeTrue(pidFile != null, "only when verify.groovy runs the build to kill it");
        for (int k = 0; k < 20; k++) {
            sink += spin(1000); // get spin() compiled by C2
        }
        Thread spinner = new Thread(() -> {
            while (true) {
                sink += spin(Integer.MAX_VALUE);
            }
        }, "it-spinner");
        spinner.setDaemon(true);
        spinner.start();
        Thread.sleep(200);
        Files.write(Paths.get(pidFile + ".tmp"), String.valueOf(ProcessHandle.current().pid()).getBytes());
        Files.move(Paths.get(pidFile + ".tmp"), Paths.get(pidFile));
        System.gc(); // needs a safepoint that the spinner never reaches
        // Only reached when the JVM did not stall: verify.groovy fails on this file.
        Files.write(Paths.get(pidFile + ".not-stalled"), new byte[0]);
        Thread.sleep(600_000);
    }
}
