package retire.it.afterall;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A class that holds a resource for all its tests: @BeforeAll takes it (a marker file named after the
 * JVM's pid), @AfterAll gives it back. The cleanup fails in a JVM where a test failed, as cleanup of a
 * broken resource does: that failure is the class's, once, with stock and with retire alike.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class CleanupTest {
    static final Path MARKERS = Paths.get("target", "afterall-markers");
    private static boolean broken;

    @BeforeAll
    static void take() throws IOException {
        Files.createDirectories(MARKERS);
        Files.writeString(MARKERS.resolve("before-" + pid()), String.valueOf(System.currentTimeMillis()));
    }

    @Test
    void t1() {
        mark("t1");
    }

    @Test
    void t2() {
        mark("t2");
        broken = true;
        fail("t2 fails and breaks the resource");
    }

    @Test
    void t3() {
        mark("t3");
    }

    @Test
    void t4() {
        mark("t4");
    }

    @AfterAll
    static void giveBack() throws IOException {
        System.out.println("CLEANUP-AFTER-ALL pid=" + pid() + " broken=" + broken);
        Files.writeString(MARKERS.resolve("after-" + pid()), String.valueOf(System.currentTimeMillis()));
        if (broken) {
            throw new IllegalStateException("cleanup found the resource broken");
        }
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    static void mark(String test) {
        System.out.println("RETIRE-IT-PID=" + pid() + " SEQ=0 TEST=" + test);
    }
}
