package retire.it.timeout;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Blocked in a native call: opening a FIFO that nobody ever opens for writing. Interrupts do not reach it. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class FifoTest {
    @Test
    void a_passesBefore() {
        Marks.pid("FifoTest.a_passesBefore");
    }

    @Test
    void b_fifo() throws Exception {
        Marks.pid("FifoTest.b_fifo");
        Path fifo = Paths.get("target", "it-fifo").toAbsolutePath();
        Files.deleteIfExists(fifo);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + fifo);
        try (InputStream in = new FileInputStream(fifo.toFile())) {
            in.read();
        }
        throw new AssertionError("read a FIFO nobody writes");
    }

    @Test
    void c_passesAfter() {
        Marks.pid("FifoTest.c_passesAfter");
    }
}
