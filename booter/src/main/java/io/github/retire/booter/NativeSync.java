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
 * is filed under that test.
 */
final class NativeSync {
    private final Events events;
    private final SyncMarker marker;
    private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    private final FileOutputStream err = new FileOutputStream(FileDescriptor.err);
    private int next;

    NativeSync(Events events, String secret) {
        this.events = events;
        this.marker = new SyncMarker(secret);
    }

    synchronized void mark() {
        int n = ++next;
        byte[] line = (marker.line(n) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            out.write(line);
            err.write(line);
        } catch (IOException e) {
            return; // the pipes are gone; so is the supervisor
        }
        events.send(EventType.NATIVE_SYNC, n);
    }
}
