package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file side of a journal: what its header says to a reader, and that a truncated file is left alone. */
class JournalMappingTest {
    @TempDir
    Path dir;

    private Path created() throws IOException {
        Path file = dir.resolve("journal");
        Journal.create(file);
        return file;
    }

    @Test
    void aFileShorterThanAJournalIsRefused() throws IOException {
        Path file = dir.resolve("short");
        Files.write(file, new byte[Journal.BYTES - 1]);
        IOException refused = assertThrows(IOException.class, () -> JournalMapping.map(file));
        assertTrue(refused.getMessage().contains("not " + Journal.BYTES), refused.getMessage());
    }

    @Test
    void bytesAreHeldOnlyOnceTheHeaderCoversThemAndNotAfterTheyAreReleased() throws IOException {
        Path file = created();
        JournalMapping mapping = JournalMapping.map(file);
        byte[] frame = "frame".getBytes(StandardCharsets.US_ASCII);
        mapping.put(Journal.DATA, frame, 0, frame.length);
        assertEquals(0, Journal.held(Files.readAllBytes(file), 0).bytes.length, "written, not held yet");
        mapping.holding(true, 7, frame.length);
        Journal.Held held = Journal.held(Files.readAllBytes(file), 9);
        assertArrayEquals(frame, held.bytes);
        assertEquals(2, held.skip, "the reader had 9 frames, 7 of them before the first held one");
        mapping.holding(false, 99, frame.length);
        assertEquals(2, Journal.held(Files.readAllBytes(file), 9).skip, "only the first held frame sets SENT");
        mapping.released();
        assertEquals(0, Journal.held(Files.readAllBytes(file), 9).bytes.length);
        assertFalse(mapping.broken());
    }

    @Test
    void aTruncatedFileIsSeenByItsSizeAndNeverTouchedAgain() throws IOException {
        Path file = created();
        JournalMapping mapping = JournalMapping.map(file);
        mapping.checkFile();
        assertFalse(mapping.broken());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(0);
        }
        mapping.checkFile();
        assertTrue(mapping.broken());
        // Touching the mapping now would fault (SIGBUS): each of these must leave it alone.
        mapping.put(Journal.DATA, new byte[] {1}, 0, 1);
        mapping.holding(true, 1, 1);
        mapping.released();
        assertEquals(0, Files.size(file));
    }

    @Test
    void aFaultDeliveredElsewhereBreaksItToo() throws IOException {
        JournalMapping mapping = JournalMapping.map(created());
        mapping.faulted();
        assertTrue(mapping.broken());
    }

    @Test
    void anUnlinkedFileIsNoTruncation() throws IOException {
        Path file = created();
        JournalMapping mapping = JournalMapping.map(file);
        Files.delete(file);
        mapping.checkFile();
        assertFalse(mapping.broken(), "an unlinked file's mapping stays valid");
    }
}
