package retire.it.concurrent;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Six tests, two at a time. t1 fails 100 ms after another test started: that one (1 s long) is still
 * running beside it. Each test leaves a file (its name, its JVM's pid, when it started), for verify.groovy:
 * the console and XML output of concurrent tests is not what this IT checks.
 */
class SideBySideTest {
    static final Path MARKS = Paths.get("target", "marks");
    static final CountDownLatch ANOTHER_STARTED = new CountDownLatch(1);

    static void mark(String what) throws IOException {
        Files.createDirectories(MARKS);
        Files.write(MARKS.resolve(what + "-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis()),
                new byte[0]);
    }

    static void runs(String test) throws IOException, InterruptedException {
        mark("start_" + test);
        ANOTHER_STARTED.countDown();
        Thread.sleep(1000);
        mark("end_" + test);
    }

    @Test
    void t1() throws IOException, InterruptedException {
        mark("start_t1");
        ANOTHER_STARTED.await(10, TimeUnit.SECONDS);
        Thread.sleep(100);
        mark("fail_t1");
        fail("t1 fails while another test runs");
    }

    @Test
    void t2() throws IOException, InterruptedException {
        runs("t2");
    }

    @Test
    void t3() throws IOException, InterruptedException {
        runs("t3");
    }

    @Test
    void t4() throws IOException, InterruptedException {
        runs("t4");
    }

    @Test
    void t5() throws IOException, InterruptedException {
        runs("t5");
    }

    @Test
    void t6() throws IOException, InterruptedException {
        runs("t6");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        mark("afterall");
    }
}
