package io.github.retire.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A worker's event buffer, kept in a file that the worker maps into memory, so that a JVM that dies
 * takes none of its events along: what it wrote and did not send is still in the file, and the
 * supervisor reads it from there once the process is gone (docs/PROTOCOL.md, "The journal"). That is
 * what lets a worker send a test's start and end without a system call each, and still have every
 * crash attributed to the test that was running.
 *
 * <p>Layout: {@link #SENT} (long) is how many frames went to the connection before the first held
 * one; {@link #HELD} (int) how many bytes of whole frames are held, from {@link #DATA} on. A frame's
 * bytes are in place before {@code HELD} covers them, and {@code HELD} is back to 0 before
 * {@code SENT} moves on, so the file is consistent whenever the process stops, mid-write included.
 * The supervisor creates the file at its full size, so that no write to the mapping can fail for
 * want of disk. What touches the file, and survives its faults, is {@link JournalMapping}.
 *
 * <p>Not thread-safe: the frame encoder, which all writers go through, serialises its use.
 */
public final class Journal extends OutputStream implements FrameSink {
    /** The file's size. More than one flush interval of events fits; a burst beyond it is sent early. */
    public static final int BYTES = 128 * 1024;
    public static final int SENT = 0;
    public static final int HELD = 8;
    public static final int DATA = 16;

    private final JournalMapping mapping;
    private final OutputStream connection;
    /**
     * The held bytes, as in the file from {@link #DATA} on: what is sent comes from here, never from the
     * mapping, whose reads can fail (or, in compiled code, fail late and leave the array as it was).
     */
    private final byte[] outgoing = new byte[BYTES - DATA];
    private int position = DATA;
    /** Where the frame being written starts: the held whole frames end here. */
    private int frameStart = DATA;
    private int heldFrames;
    private long sent;
    /** A frame bigger than the room left: it goes to the connection as it comes, unjournaled. */
    private boolean passingThrough;
    /** Told once, at the first flush that finds the journal broken, after what was held went out. */
    private final Runnable whenBroken;
    private boolean told;

    private Journal(JournalMapping mapping, OutputStream connection, Runnable whenBroken) {
        this.mapping = mapping;
        this.connection = connection;
        this.whenBroken = whenBroken;
    }

    /** Makes a journal's file at its full size, so that writes to the mapping never need new disk. */
    public static void create(Path file) throws IOException {
        PrivateFiles.write(file, new byte[BYTES]);
    }

    /**
     * Maps the supervisor's file for this worker.
     *
     * @param connection where frames go when flushed: one write call per flush
     */
    public static Journal open(Path file, OutputStream connection) throws IOException {
        return open(file, connection, () -> { });
    }

    /**
     * As {@link #open(Path, OutputStream)}.
     *
     * @param whenBroken run once, by the first flush that finds the file truncated under the mapping, once
     *                   everything held has gone to the connection. The faults of the mapping before that
     *                   are delivered late, anywhere in the threads that wrote events (a test, JUnit's
     *                   engine, a listener), so a worker cannot trust its own state any more: a worker ends
     *                   here, and its supervisor treats that as any death
     */
    public static Journal open(Path file, OutputStream connection, Runnable whenBroken) throws IOException {
        return new Journal(JournalMapping.map(file), connection, whenBroken);
    }

    /** Whether the file stopped being used after a fault of its mapping (crash protection is gone). */
    public boolean broken() {
        return mapping.broken();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (passingThrough) {
            send(bytes, offset, length);
            return;
        }
        if (!mapping.broken() && position + length > BYTES) {
            if (position - frameStart + length > BYTES - DATA) {
                // Bigger than the whole journal: out goes everything held, this frame's start included,
                // and the rest of it follows straight to the connection.
                drain();
                passingThrough = true;
                send(bytes, offset, length);
                return;
            }
            // It fits once the whole frames held are sent: it must be held too, as any other frame is,
            // or a crash while it is on its way loses it.
            drainWholeFrames();
        }
        if (mapping.broken()) {
            // Crash protection is lost, not a frame: every write goes to the connection as it comes.
            drain(); // what is held goes first, the start of this frame included
            send(bytes, offset, length);
            return;
        }
        int at = position;
        System.arraycopy(bytes, offset, outgoing, at - DATA, length);
        position += length;
        mapping.put(at, bytes, offset, length);
    }

    /** The frame written since the last call is whole: from now on the file holds it. */
    @Override
    public void endFrame() {
        if (passingThrough) {
            passingThrough = false;
            sent++;
            return;
        }
        boolean first = heldFrames++ == 0;
        frameStart = position;
        mapping.holding(first, sent, position - DATA);
    }

    /** Sends what is held in one write call and pushes it out. */
    @Override
    public void flush() throws IOException {
        drain();
        connection.flush();
        if (mapping.broken() && !told) {
            told = true;
            whenBroken.run();
        }
    }

    /**
     * Sends everything held. The bookkeeping is reset before the bytes go, so that whatever is thrown
     * from here on (a fault of the mapping delivered late, when the write call returns), they are never
     * sent again.
     */
    private void drain() throws IOException {
        int length = position - DATA;
        if (length == 0) {
            return;
        }
        mapping.checkFile();
        int frames = heldFrames;
        position = DATA;
        frameStart = DATA;
        heldFrames = 0;
        sent += frames;
        send(outgoing, 0, length);
        mapping.released();
    }

    /**
     * Sends the whole frames held, and moves the start of the frame being written, not held yet, to the
     * front of the file.
     */
    private void drainWholeFrames() throws IOException {
        mapping.checkFile();
        int length = frameStart - DATA;
        int partial = position - frameStart;
        int frames = heldFrames;
        position = DATA + partial;
        frameStart = DATA;
        heldFrames = 0;
        sent += frames;
        if (length > 0) {
            try {
                send(outgoing, 0, length);
            } finally {
                // the bookkeeping above already says the partial frame is at the front
                System.arraycopy(outgoing, length, outgoing, 0, partial);
            }
            mapping.released();
        }
        mapping.put(DATA, outgoing, 0, partial);
    }

    private void send(byte[] bytes, int offset, int length) throws IOException {
        try {
            connection.write(bytes, offset, length);
        } catch (InternalError e) {
            // A fault of the mapping that compiled code delivers late, at the first check after it (here: on
            // the way back from the socket write), after the bytes went out: they count as sent.
            mapping.faulted();
        }
    }

    /**
     * The bytes of the frames a journal's file holds that its reader has not had: of the frames from
     * number {@code SENT} on, those from number {@code received} on. Empty when nothing is held.
     *
     * @param file     the whole file, read after the worker's process ended
     * @param received how many whole frames the reader decoded from the connection
     * @return the held bytes, and how many of their leading frames to skip
     */
    public static Held held(byte[] file, long received) {
        if (file.length < DATA) {
            return new Held(new byte[0], 0);
        }
        ByteBuffer header = ByteBuffer.wrap(file);
        long sentBefore = header.getLong(SENT);
        int held = header.getInt(HELD);
        if (held <= 0 || held > file.length - DATA) {
            return new Held(new byte[0], 0);
        }
        byte[] bytes = new byte[held];
        System.arraycopy(file, DATA, bytes, 0, held);
        return new Held(bytes, Math.max(0, received - sentBefore));
    }

    /** What {@link #held} found. */
    public static final class Held {
        public final byte[] bytes;
        /** Frames at the start of {@link #bytes} that the reader already had. */
        public final long skip;

        Held(byte[] bytes, long skip) {
            this.bytes = bytes;
            this.skip = skip;
        }
    }
}
