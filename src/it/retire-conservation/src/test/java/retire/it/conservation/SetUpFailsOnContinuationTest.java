package retire.it.conservation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/**
 * bFails leaves a marker; a JVM whose @BeforeAll finds it fails there, so the fresh worker that takes c and
 * d fails its set-up before either starts (and retires). Retrying would only fail again: c and d are not run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetUpFailsOnContinuationTest {
    private static final Path MARKER = Paths.get("target", "set-up-fails-on-continuation.marker");

    @BeforeAll
    static void failWhenContinued() {
        if (Files.exists(MARKER)) {
            throw new IllegalStateException("set-up fails in the JVM that continues the class");
        }
    }

    @Test
    @Order(1)
    void a() {
        Marks.mark("SetUpFailsOnContinuationTest.a");
    }

    @Test
    @Order(2)
    void bFails() throws IOException {
        Marks.mark("SetUpFailsOnContinuationTest.bFails");
        Files.createDirectories(MARKER.getParent());
        Files.write(MARKER, new byte[0]);
        throw new AssertionError("bFails fails on purpose");
    }

    @Test
    @Order(3)
    void c() {
        Marks.mark("SetUpFailsOnContinuationTest.c");
    }

    @Test
    @Order(4)
    void d() {
        Marks.mark("SetUpFailsOnContinuationTest.d");
    }
}
