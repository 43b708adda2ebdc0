package io.github.retire.provider.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
    @TempDir
    Path dir;

    private static Spool.Item item(int i) {
        return new Spool.Item(i, i % 2 == 0, i % 3 == 0, "line " + i + " \u00e9\ud83d\ude00");
    }

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void beyondTheMemoryLimitItGoesToDiskAndComesBackInOrder() throws IOException {
        Holding holding = new Holding(dir, 1000);
        Spool spool = holding.spool();
        for (int i = 0; i < 500; i++) {
            spool.add(item(i));
        }
        assertTrue(holding.bytesInMemory() <= 1000, "in memory: " + holding.bytesInMemory());
        assertEquals(1, files());
        for (int i = 0; i < 250; i++) {
            assertEquals(i, spool.poll().mark);
        }
        // more while it is read back: after what waits, still in order
        for (int i = 500; i < 600; i++) {
            spool.add(item(i));
        }
        for (int i = 250; i < 600; i++) {
            Spool.Item o = spool.peek();
            assertEquals(i, o.mark);
            Spool.Item p = spool.poll();
            assertEquals(item(i).text, p.text);
            assertEquals(i % 2 == 0, p.stdout);
            assertEquals(i % 3 == 0, p.newLine);
        }
        assertNull(spool.poll());
        assertTrue(spool.isEmpty());
        assertEquals(0, holding.bytesInMemory());
        assertEquals(0, files(), "a file read to its end is deleted");
        spool.add(item(7));
        assertEquals(7, spool.poll().mark);
    }

    @Test
    void spoolsShareTheLimit() {
        Holding holding = new Holding(dir, 1000);
        Spool a = holding.spool();
        Spool b = holding.spool();
        for (int i = 0; i < 100; i++) {
            a.add(item(i));
            b.add(item(i));
        }
        assertTrue(holding.bytesInMemory() <= 1000);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, b.poll().mark);
            assertEquals(i, a.poll().mark);
        }
        assertEquals(0, holding.bytesInMemory());
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheRestInMemoryInOrder() throws IOException {
        Path gone = dir.resolve("gone");
        Holding holding = new Holding(gone, 300);
        Spool spool = holding.spool();
        for (int i = 0; i < 20; i++) {
            spool.add(item(i));
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(i, spool.poll().mark);
        }
        assertTrue(spool.isEmpty());
    }
}
