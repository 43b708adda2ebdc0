package io.github.retire.booter;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;

/**
 * Tells whether the worker process made a write system call since the last look that retire did not
 * make itself: the only way native code can have put bytes on the stdout and stderr pipes. Most tests
 * write nothing there, and then {@link NativeSync} can skip its markers, which cost the supervisor two
 * pipe wake-ups per test.
 *
 * <p>It compares the kernel's count of this process's write calls ({@code syscw} in
 * {@code /proc/self/io}) with the writes retire knows it made: on the event connection (counted by
 * {@link #count}, read under the encoder's lock so that no event write interleaves) and the markers.
 * Every error in that bookkeeping only ever makes the difference bigger: a write retire made in several
 * calls is counted once, a file a test writes counts as foreign. So a look may answer "yes" needlessly,
 * which costs one marker, but never "no" after a foreign write. Without {@code /proc/self/io} (not
 * Linux), every look answers "yes"; so does every look after the count ever went down, which the
 * bookkeeping cannot explain (checked by hand on JDK 17 and 25: socket writes are write(2) calls and
 * count in {@code syscw}).
 */
final class ForeignWrites {
    private static final byte[] KEY = "syscw:".getBytes(StandardCharsets.US_ASCII);

    /** Not a FileChannel: this is read on test threads, and a set interrupt flag closes those. */
    private final RandomAccessFile io;
    private final Counting connection;
    private final Object connectionLock;
    private final byte[] buffer = new byte[512];
    private long markerWrites;
    private long last = -1;
    private boolean unsound;

    private ForeignWrites(RandomAccessFile io, Counting connection, Object connectionLock) {
        this.io = io;
        this.connection = connection;
        this.connectionLock = connectionLock;
    }

    /**
     * @param connection     the event connection's stream, as wrapped by {@link #count}
     * @param connectionLock what every write to it happens under (the frame encoder)
     */
    static ForeignWrites open(Counting connection, Object connectionLock) {
        RandomAccessFile io;
        try {
            io = new RandomAccessFile("/proc/self/io", "r");
        } catch (IOException | SecurityException e) {
            io = null;
        }
        return new ForeignWrites(io, connection, connectionLock);
    }

    /** Counts the calls that write to the stream: each is at least one write system call. */
    static Counting count(OutputStream out) {
        return new Counting(out);
    }

    /** True unless only retire wrote since the last look (the first look always says true). */
    synchronized boolean sinceLastLook() {
        long foreign;
        synchronized (connectionLock) {
            long total = writeCalls();
            if (total < 0) {
                return true;
            }
            foreign = total - connection.calls - markerWrites;
        }
        if (last >= 0 && foreign < last) {
            // Impossible while the bookkeeping holds (its errors only add): a JVM that writes to sockets
            // without write(2), say. Trust it no more.
            unsound = true;
        }
        boolean changed = unsound || foreign != last;
        last = foreign;
        return changed;
    }

    /** NativeSync wrote a marker line: one write call each. */
    synchronized void markerWritten() {
        markerWrites++;
    }

    private long writeCalls() {
        if (io == null) {
            return -1;
        }
        try {
            io.seek(0);
            int n = io.read(buffer, 0, buffer.length);
            for (int i = 0; i + KEY.length <= n; i++) {
                if ((i == 0 || buffer[i - 1] == '\n') && startsWith(i)) {
                    long value = 0;
                    for (int j = i + KEY.length; j < n; j++) {
                        byte b = buffer[j];
                        if (b >= '0' && b <= '9') {
                            value = value * 10 + (b - '0');
                        } else if (b == '\n') {
                            return value;
                        }
                    }
                    return value;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private boolean startsWith(int at) {
        for (int k = 0; k < KEY.length; k++) {
            if (buffer[at + k] != KEY[k]) {
                return false;
            }
        }
        return true;
    }

    /** A stream that counts the calls that pass bytes on. */
    static final class Counting extends FilterOutputStream {
        private volatile long calls;

        private Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            calls++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                out.write(b, off, len);
                calls++;
            }
        }
    }
}
