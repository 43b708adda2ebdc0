package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Journal;
import io.github.retire.wire.Magic;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dead worker's journal, as the supervisor reads it back: the frames it did not have, once. */
class JournalReplayTest {
    @TempDir
    Path dir;

    @Test
    void theFramesAfterThoseReceivedComeBackInOrderAndTheFileGoes() throws IOException {
        Path file = dir.resolve("journal-1");
        Journal.create(file);
        FrameEncoder<EventType> worker = new FrameEncoder<>(Journal.open(file, new ByteArrayOutputStream()),
                Magic.EVENTS);
        worker.send(EventType.STDOUT, 1, "a", null);
        worker.flush();
        worker.send(EventType.STDOUT, 1, "b", null);
        worker.send(EventType.STDERR, 1, "c", null);
        // the worker dies here; the supervisor decoded "a" and nothing else

        List<Frame<EventType>> unsent = JournalReplay.unsent(file, 1, new NullConsoleLogger());

        List<String> seen = new ArrayList<>();
        for (Frame<EventType> f : unsent) {
            seen.add(f.type() + " " + f.string(0));
        }
        assertEquals(List.of(EventType.STDOUT + " b", EventType.STDERR + " c"), seen);
        assertFalse(file.toFile().exists());
    }

    @Test
    void aWorkerThatNeverWroteLeavesNothing() throws IOException {
        Path file = dir.resolve("journal-2");
        Journal.create(file);
        assertEquals(List.of(), JournalReplay.unsent(file, 0, new NullConsoleLogger()));
        assertEquals(List.of(), JournalReplay.unsent(dir.resolve("missing"), 0, new NullConsoleLogger()));
    }
}
