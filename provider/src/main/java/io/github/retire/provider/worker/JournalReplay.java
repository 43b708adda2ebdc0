package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.retire.wire.ChannelArguments;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.Journal;
import io.github.retire.wire.Magic;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apiguardian.api.API;

/**
 * Reads back what a worker wrote to its {@link Journal} and never sent: the events it had between
 * its last flush and its death. Only once its process has exited, so nothing writes to the file any
 * more, and before its end is judged, so that a crash is charged to the test the worker had started.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class JournalReplay {
    private JournalReplay() {
    }

    /**
     * The frames in the file after the first {@code received}, in order; deletes the file.
     *
     * @param received how many frames the worker's connection delivered
     */
    public static List<Frame<EventType>> unsent(Path file, long received, ConsoleLogger logger) {
        List<Frame<EventType>> frames = new ArrayList<>();
        try {
            Journal.Held held = Journal.held(Files.readAllBytes(file), received);
            FrameDecoder<EventType> decoder = new FrameDecoder<>(
                    Channels.newChannel(new ByteArrayInputStream(held.bytes)), Magic.EVENTS, EventType.class,
                    new ChannelArguments("a worker's journal", logger));
            for (long n = 0; ; n++) {
                Frame<EventType> frame;
                try {
                    frame = decoder.next();
                } catch (IOException end) {
                    break; // the end of what it held (nothing, for a worker that sent everything)
                }
                if (n >= held.skip) {
                    frames.add(frame);
                }
            }
        } catch (IOException e) {
            logger.warning("[retire] cannot read the journal " + file + ": " + e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the run's directory goes at the end anyway
        }
        return frames;
    }
}
