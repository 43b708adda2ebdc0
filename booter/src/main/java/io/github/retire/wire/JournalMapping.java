package io.github.retire.wire;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A journal's file as the worker maps it, and the one place that touches the mapping: every access
 * can fault once another process truncated the file, and the fault must cost crash protection only,
 * never a frame. Apart from {@link Journal}, which decides what is held and what goes out, so that
 * the fault handling is written once and not beside each piece of bookkeeping.
 *
 * <p>A truncated file makes every access to the mapping fault: the JVM turns the SIGBUS into an
 * InternalError, which compiled code delivers late, anywhere in the thread, having skipped the access
 * (a read leaves its target as it was). It is seen at a flush ({@link #checkFile}), before the mapping
 * is touched again, or from an InternalError that reaches the journal ({@link #faulted}): the file is
 * left alone from then on ({@link #broken}), and the journal sends every write as it comes, as
 * without a journal. Not thread-safe, as the journal.
 */
final class JournalMapping {
    private final MappedByteBuffer map;
    /**
     * Its size is seen at each flush: a truncated file makes the mapping fault. Through the path, not a
     * FileChannel: a channel is interruptible, and a test that leaves its thread's interrupt flag set
     * would close it and look like a truncation.
     */
    private final Path file;
    private boolean broken;

    private JournalMapping(MappedByteBuffer map, Path file) {
        this.map = map;
        this.file = file;
    }

    /** Maps the whole file, which the supervisor made at its full size. */
    static JournalMapping map(Path file) throws IOException {
        // the mapping outlives the channel
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (channel.size() < Journal.BYTES) {
                throw new IOException(file + " is " + channel.size() + " bytes, not " + Journal.BYTES);
            }
            return new JournalMapping(channel.map(FileChannel.MapMode.READ_WRITE, 0, Journal.BYTES), file);
        }
    }

    /** Whether the file stopped being used after a fault of its mapping. */
    boolean broken() {
        return broken;
    }

    /** An InternalError reached the journal from outside this class: a fault of the mapping delivered late. */
    void faulted() {
        broken = true;
    }

    /** Frame bytes, into the file at {@code at}; not held until {@link #holding} covers them. */
    void put(int at, byte[] bytes, int offset, int length) {
        if (broken) {
            return;
        }
        try {
            map.position(at);
            map.put(bytes, offset, length);
        } catch (InternalError e) {
            broken = true;
        }
    }

    /**
     * The file holds {@code bytes} bytes of whole frames from {@link Journal#DATA} on. The first held
     * frame also records how many went before it: the bytes are in place before {@code HELD} covers them.
     */
    void holding(boolean first, long sentBefore, int bytes) {
        if (broken) {
            return;
        }
        try {
            if (first) {
                map.putLong(Journal.SENT, sentBefore);
            }
            VarHandle.releaseFence();
            map.putInt(Journal.HELD, bytes);
        } catch (InternalError e) {
            broken = true;
        }
    }

    /** The held frames went to the connection: the file holds none, before {@code SENT} may move on. */
    void released() {
        if (broken) {
            return;
        }
        try {
            map.putInt(Journal.HELD, 0);
            VarHandle.releaseFence();
        } catch (InternalError e) {
            broken = true;
        }
    }

    /** One system call per flush, beside the socket write: whether the mapping can still be touched. */
    void checkFile() {
        if (broken) {
            return;
        }
        try {
            if (Files.size(file) < Journal.BYTES) {
                broken = true;
            }
        } catch (IOException unseen) {
            // Only a short file is a truncation: an unlinked file's mapping stays valid.
        }
    }
}
