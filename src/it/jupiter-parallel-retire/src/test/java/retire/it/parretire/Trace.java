package retire.it.parretire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

/**
 * Records when a test ran, in which JVM, to target/parallel-trace/<Class>.<method>: a line "start pid
 * millis" when it starts and "end pid millis" when it ends (epoch milliseconds), appended, so a test
 * that ran twice, or was cut short, shows. The verify script proves concurrency by overlapping intervals, never by the
 * build's wall clock. Each test also prints lines that name it, to check that its report holds its own
 * output and no other test's.
 */
final class Trace {
    private Trace() {
    }

    static void run(String test, long sleepMillis) throws Exception {
        long pid = ProcessHandle.current().pid();
        System.out.println("OUT " + test + " begins RETIRE-IT-PID=" + pid + " SEQ=0");
        System.err.println("ERR " + test + " begins");
        record(test, "start " + pid + " " + System.currentTimeMillis());
        Thread.sleep(sleepMillis);
        System.out.println("OUT " + test + " ends");
        record(test, "end " + pid + " " + System.currentTimeMillis());
    }

    private static void record(String test, String line) throws IOException {
        Path dir = Paths.get(System.getProperty("basedir", "."), "target", "parallel-trace");
        Files.createDirectories(dir);
        Files.write(dir.resolve(test), (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
