package io.github.retire.booter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Magic;
import io.github.retire.wire.TestReport;

/**
 * The worker's side of the event stream. Frames are buffered. Callers {@link #flush()} where the
 * supervisor must hear at once (hello, a class's start and end, a retirement, a timeout), and mark a
 * {@link #checkpoint()} where a crash must not lose what came before (a test's start and end, test
 * output). A background flush every {@value #FLUSH_MILLIS} ms sends the rest. Nothing waits for an
 * answer: events stream, they are never batched per class.
 *
 * <p>With a {@link io.github.retire.wire.Journal} under the encoder a checkpoint costs nothing: the
 * journal's file keeps every whole frame through a crash. Without one, a checkpoint is a flush.
 */
final class Events {
    static final long FLUSH_MILLIS = 50;

    private final FrameEncoder<EventType> encoder;
    private final boolean flushAtCheckpoints;
    private final AtomicBoolean dirty = new AtomicBoolean();

    /**
     * @param flushAtCheckpoints false when the encoder writes to a journal, which makes checkpoints
     *                           free, and no hard timeout needs the supervisor told at once
     */
    Events(FrameEncoder<EventType> encoder, boolean flushAtCheckpoints) {
        this(encoder, flushAtCheckpoints, true);
    }

    /** Events encoded and dropped: for rehearsals, which must run the reporting code but say nothing. */
    static Events discarding() {
        return new Events(new FrameEncoder<>(OutputStream.nullOutputStream(), Magic.EVENTS), false, false);
    }

    private Events(FrameEncoder<EventType> encoder, boolean flushAtCheckpoints, boolean flushPeriodically) {
        this.encoder = encoder;
        this.flushAtCheckpoints = flushAtCheckpoints;
        if (!flushPeriodically) {
            return;
        }
        Thread flusher = new Thread(this::flushPeriodically, "retire-event-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    void send(EventType type, TestReport report) {
        send(report.toFrame(type));
    }

    void send(EventType type, Integer number, String... strings) {
        send(Frame.of(type, number, strings));
    }

    private void send(Frame<EventType> frame) {
        try {
            encoder.send(frame);
            dirty.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            dirty.set(false);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was sent so far must survive this JVM's death: free with a journal, else a flush. */
    void checkpoint() {
        if (flushAtCheckpoints) {
            flush();
        }
    }

    void flushQuietly() {
        try {
            flush();
        } catch (UncheckedIOException ignored) {
            // the connection is gone; nothing left to save
        }
    }

    private void flushPeriodically() {
        while (true) {
            try {
                Thread.sleep(FLUSH_MILLIS);
                if (dirty.get()) {
                    flush();
                }
            } catch (InterruptedException | UncheckedIOException e) {
                return;
            }
        }
    }
}
