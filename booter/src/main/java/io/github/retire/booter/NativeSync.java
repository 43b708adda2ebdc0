package io.github.retire.booter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.github.retire.wire.EventType;
import io.github.retire.wire.SyncMarker;

/**
 * Keeps native output in step with events. Bytes written below Java reach the supervisor through
 * the process pipes, which race the event connection; before each test's end is reported, a
 * numbered marker goes down both pipes and a NATIVE_SYNC event down the connection, and the
 * supervisor holds later events until the pipes caught up. So native output written during a test
 * is filed under that test. When the process made no write that retire cannot account for since the
 * last marker ({@link ForeignWrites}), nothing can be in the pipes, and the marker is skipped.
 */
final class NativeSync {
    private final Events events;
    private final ForeignWrites writes;
    private final SyncMarker marker;
    private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    private final FileOutputStream err = new FileOutputStream(FileDescriptor.err);
    private int next;

    NativeSync(Events events, String secret, ForeignWrites writes) {
        this.events = events;
        this.marker = new SyncMarker(secret);
        this.writes = writes;
    }

    /** Marks both pipes, unless nothing but retire wrote anything since the last mark. */
    synchronized void mark() {
        if (!writes.sinceLastLook()) {
            return;
        }
        int n = ++next;
        byte[] line = (marker.line(n) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            out.write(line);
            writes.markerWritten();
            err.write(line);
            writes.markerWritten();
        } catch (IOException e) {
            return; // the pipes are gone; so is the supervisor
        }
        events.send(EventType.NATIVE_SYNC, n);
    }
}
