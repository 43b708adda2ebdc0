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
 * bFails leaves a marker; a JVM whose @BeforeAll finds it dies there, so the fresh worker that takes c and
 * d dies before either starts. Retrying would only die again: c and d are reported as not run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiesOnContinuationTest {
    private static final Path MARKER = Paths.get("target", "dies-on-continuation.marker");

    @BeforeAll
    static void dieWhenContinued() {
        if (Files.exists(MARKER)) {
            Runtime.getRuntime().halt(3);
        }
    }

    @Test
    @Order(1)
    void a() {
        Marks.mark("DiesOnContinuationTest.a");
    }

    @Test
    @Order(2)
    void bFails() throws IOException {
        Marks.mark("DiesOnContinuationTest.bFails");
        Files.createDirectories(MARKER.getParent());
        Files.write(MARKER, new byte[0]);
        throw new AssertionError("bFails fails on purpose");
    }

    @Test
    @Order(3)
    void c() {
        Marks.mark("DiesOnContinuationTest.c");
    }

    @Test
    @Order(4)
    void d() {
        Marks.mark("DiesOnContinuationTest.d");
    }
}
