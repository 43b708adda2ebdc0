package retire.it.failfastworkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * With -Dit.concurrent=true (build 1): the first test of every class but ATest says it started and runs
 * for 2 s, and ATest's failing test waits until one has started, so that it fails while a test runs in
 * the other worker. In build 2 nothing waits.
 */
final class Marker {
    private static final Path STARTED = Paths.get("target", "other-class-started");

    private Marker() {
    }

    static boolean concurrent() {
        return Boolean.getBoolean("it.concurrent");
    }

    static void otherClassRuns() throws IOException, InterruptedException {
        if (concurrent()) {
            Files.createDirectories(STARTED.getParent());
            Files.write(STARTED, new byte[0]);
            Thread.sleep(2000);
        }
    }

    static void awaitOtherClass() throws InterruptedException {
        for (int i = 0; concurrent() && i < 300 && !Files.exists(STARTED); i++) {
            Thread.sleep(50);
        }
    }
}
