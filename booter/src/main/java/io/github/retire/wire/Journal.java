package io.github.retire.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
 * want of disk.
 *
 * <p>Not thread-safe: the frame encoder, which all writers go through, serialises its use.
 */
public final class Journal extends OutputStream implements FrameSink {
    /** The file's size. More than one flush interval of events fits; a burst beyond it is sent early. */
    public static final int BYTES = 128 * 1024;
    public static final int SENT = 0;
    public static final int HELD = 8;
    public static final int DATA = 16;

    private final MappedByteBuffer map;
    /**
     * Its size is seen at each flush: a truncated file makes the mapping fault. Through the path, not a
     * FileChannel: a channel is interruptible, and a test that leaves its thread's interrupt flag set
     * would close it and look like a truncation.
     */
    private final Path file;
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
    /**
     * The file was truncated under the mapping (by another process), which makes every access to the
     * mapping fault: the JVM turns the SIGBUS into an InternalError, which compiled code delivers late,
     * anywhere in the thread, having skipped the access (a read leaves its target as it was). Seen at a
     * flush, before the mapping is touched again, or from an InternalError that reaches the journal: the
     * file is left alone from then on, and every write goes to the connection as it comes, as without a
     * journal. Crash protection is lost, not a frame, and none is sent twice.
     */
    private boolean broken;
    /** Told once, at the first flush that finds the journal broken, after what was held went out. */
    private final Runnable whenBroken;
    private boolean told;

    private Journal(MappedByteBuffer map, Path file, OutputStream connection, Runnable whenBroken) {
        this.map = map;
        this.file = file;
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
        // the mapping outlives the channel
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (channel.size() < BYTES) {
                throw new IOException(file + " is " + channel.size() + " bytes, not " + BYTES);
            }
            return new Journal(channel.map(FileChannel.MapMode.READ_WRITE, 0, BYTES), file, connection,
                    whenBroken);
        }
    }

    /** Whether the file stopped being used after a fault of its mapping (crash protection is gone). */
    public boolean broken() {
        return broken;
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
        if (!broken && position + length > BYTES) {
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
        if (broken) {
            drain(); // what is held goes first, the start of this frame included
            send(bytes, offset, length);
            return;
        }
        int at = position;
        System.arraycopy(bytes, offset, outgoing, at - DATA, length);
        position += length;
        try {
            map.position(at);
            map.put(bytes, offset, length);
        } catch (InternalError e) {
            broken = true;
        }
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
        if (broken) {
            return;
        }
        try {
            if (first) {
                map.putLong(SENT, sent);
            }
            VarHandle.releaseFence();
            map.putInt(HELD, position - DATA);
        } catch (InternalError e) {
            broken = true;
        }
    }

    /** Sends what is held in one write call and pushes it out. */
    @Override
    public void flush() throws IOException {
        drain();
        connection.flush();
        if (broken && !told) {
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
        checkFile();
        int frames = heldFrames;
        position = DATA;
        frameStart = DATA;
        heldFrames = 0;
        sent += frames;
        send(outgoing, 0, length);
        released();
    }

    /**
     * Sends the whole frames held, and moves the start of the frame being written, not held yet, to the
     * front of the file.
     */
    private void drainWholeFrames() throws IOException {
        checkFile();
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
            released();
        }
        if (broken) {
            return;
        }
        try {
            map.position(DATA);
            map.put(outgoing, 0, partial);
        } catch (InternalError e) {
            broken = true;
        }
    }

    /** One system call per flush, beside the socket write: whether the mapping can still be touched. */
    private void checkFile() {
        if (broken) {
            return;
        }
        try {
            if (Files.size(file) < BYTES) {
                broken = true;
            }
        } catch (IOException unseen) {
            // Only a short file is a truncation: an unlinked file's mapping stays valid.
        }
    }

    private void send(byte[] bytes, int offset, int length) throws IOException {
        try {
            connection.write(bytes, offset, length);
        } catch (InternalError e) {
            // A fault of the mapping that compiled code delivers late, at the first check after it (here: on
            // the way back from the socket write), after the bytes went out: they count as sent.
            broken = true;
        }
    }

    /** The held frames went to the connection: the file holds none. */
    private void released() {
        if (broken) {
            return;
        }
        try {
            map.putInt(HELD, 0);
            VarHandle.releaseFence();
        } catch (InternalError e) {
            broken = true;
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
