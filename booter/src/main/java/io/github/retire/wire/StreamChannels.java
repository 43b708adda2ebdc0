package io.github.retire.wire;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Channels over streams that a thread's interrupt flag cannot close. The JDK's
 * {@code java.nio.channels.Channels} are interruptible: a write on a thread whose flag is set closes
 * the channel for good (ClosedByInterruptException). In a worker, events are encoded on the test's own
 * thread, and a test that leaves its flag set (as code that tests interruption often does) must not
 * take the worker's connection down with it. Stock Surefire's fork uses channels of the same kind, for
 * the same reason.
 */
public final class StreamChannels {
    private StreamChannels() {
    }

    public static WritableByteChannel writable(OutputStream out) {
        return new Writable(out);
    }

    public static ReadableByteChannel readable(InputStream in) {
        return new Readable(in);
    }

    /** Open until closed, by a call to close and nothing else. */
    private abstract static class OverStream implements Channel {
        private final Closeable stream;
        private volatile boolean open = true;

        OverStream(Closeable stream) {
            this.stream = stream;
        }

        final void ensureOpen() throws ClosedChannelException {
            if (!open) {
                throw new ClosedChannelException();
            }
        }

        @Override
        public final boolean isOpen() {
            return open;
        }

        @Override
        public final void close() throws IOException {
            open = false;
            stream.close();
        }
    }

    private static final class Writable extends OverStream implements WritableByteChannel {
        private final OutputStream out;

        Writable(OutputStream out) {
            super(out);
            this.out = out;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            ensureOpen();
            int count = src.remaining();
            if (src.hasArray()) {
                out.write(src.array(), src.arrayOffset() + src.position(), count);
                src.position(src.limit());
            } else {
                byte[] bytes = new byte[count];
                src.get(bytes);
                out.write(bytes);
            }
            return count;
        }
    }

    private static final class Readable extends OverStream implements ReadableByteChannel {
        private final InputStream in;

        Readable(InputStream in) {
            super(in);
            this.in = in;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            ensureOpen();
            if (!dst.hasRemaining()) {
                return 0;
            }
            int count;
            if (dst.hasArray()) {
                count = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
                if (count > 0) {
                    dst.position(dst.position() + count);
                }
            } else {
                byte[] bytes = new byte[dst.remaining()];
                count = in.read(bytes);
                if (count > 0) {
                    dst.put(bytes, 0, count);
                }
            }
            return count;
        }
    }
}
