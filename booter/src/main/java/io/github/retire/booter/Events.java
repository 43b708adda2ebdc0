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
 * The worker's side of the event stream. Frames are buffered; the callers flush where it matters (a
 * test's start and end, test output, a class's end), and a background flush every
 * {@value #FLUSH_MILLIS} ms catches the rest. Nothing waits for an answer: events stream, they are
 * never batched per class.
 */
final class Events {
    static final long FLUSH_MILLIS = 50;

    private final FrameEncoder<EventType> encoder;
    private final AtomicBoolean dirty = new AtomicBoolean();

    Events(FrameEncoder<EventType> encoder) {
        this(encoder, true);
    }

    /** Events encoded and dropped: for rehearsals, which must run the reporting code but say nothing. */
    static Events discarding() {
        return new Events(new FrameEncoder<>(OutputStream.nullOutputStream(), Magic.EVENTS), false);
    }

    private Events(FrameEncoder<EventType> encoder, boolean flushPeriodically) {
        this.encoder = encoder;
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
