package io.github.retire.booter;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.ChannelArguments;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Journal;
import io.github.retire.wire.Magic;
import io.github.retire.wire.Preamble;
import io.github.retire.wire.StreamChannels;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;

/**
 * A worker's end of its loopback connection to the supervisor: events out, commands in. One place
 * builds it, for {@link WorkerMain} and for {@link Training}, which rehearses it so that the classes
 * it needs are in the class-data archive.
 */
final class WorkerChannel {
    /** Longer than the supervisor gives a connection to say who it is: its answer comes before this. */
    private static final int ADMISSION_WAIT_MILLIS = 15_000;
    private static final long RETRY_MILLIS = 100;
    private static final long MIN_ATTEMPT_MILLIS = 1_000;

    final Socket socket;
    /** Every write to the connection passes here and is counted, for {@link ForeignWrites}. */
    final ForeignWrites.Counting connection;
    final FrameEncoder<EventType> encoder;
    final Events events;
    final FrameDecoder<CommandType> commands;

    private WorkerChannel(Socket socket, String name, Path journalFile, boolean timed) throws IOException {
        this.socket = socket;
        this.connection = ForeignWrites.count(new Uninterrupted(socket.getOutputStream()));
        Journal journal = null;
        if (journalFile != null) {
            try {
                journal = Journal.open(journalFile, connection, () -> journalLost(name));
            } catch (IOException | RuntimeException e) {
                // no mapping: every checkpoint is a flush, as safe and only slower
            }
        }
        this.encoder = new FrameEncoder<>(journal != null ? journal : new BufferedOutputStream(connection, 64 * 1024),
                Magic.EVENTS);
        // A hard timeout's last stage is the supervisor's, which counts silence from the last frame it
        // had: with a timeout every checkpoint must reach it at once.
        this.events = new Events(encoder, journal == null || timed);
        this.commands = new FrameDecoder<>(StreamChannels.readable(socket.getInputStream()), Magic.COMMANDS,
                CommandType.class, new ChannelArguments(name, new NullConsoleLogger()));
    }

    /**
     * Connects to the supervisor's port on the loopback address, sends the {@link Preamble} at once, in one
     * write (the supervisor gives a connection a few seconds to say who it is), and waits to be admitted.
     * A connection closed instead is tried again, every {@value #RETRY_MILLIS} ms, for {@code patienceMillis}:
     * strangers connecting to the port may have taken every place for callers not yet admitted. A refused
     * connection is not: nobody listens there any more.
     *
     * @param preamble {@link Preamble#encode}'s bytes for this worker
     * @param journal  the journal file the supervisor made for this worker, or null
     * @param timed    whether a hard timeout is set: then every checkpoint is a flush
     * @throws IOException when it was not admitted in time
     */
    static WorkerChannel connect(int port, byte[] preamble, String name, Path journal, boolean timed,
                                 long patienceMillis) throws IOException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMillis);
        while (true) {
            Socket socket = new Socket();
            String answer;
            // Each attempt ends within what is left of the patience (a second at least): a connect to a
            // listener whose queue is full waits for the kernel's SYN retries (about 2 min on Linux), and a
            // supervisor that accepted and never answers would cost a full admission wait past the patience.
            int wait = (int) Math.max(MIN_ATTEMPT_MILLIS, Math.min(ADMISSION_WAIT_MILLIS,
                    TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), wait);
                socket.getOutputStream().write(preamble);
                socket.setSoTimeout(wait);
                int b = socket.getInputStream().read();
                if (b == Preamble.ADMITTED) {
                    socket.setSoTimeout(0);
                    return new WorkerChannel(socket, name, journal, timed);
                }
                answer = b < 0 ? "it closed the connection" : "it answered " + b;
            } catch (ConnectException e) {
                // Nobody listens: the supervisor is gone. A worker must not outlive it by retrying.
                socket.close();
                throw e;
            } catch (IOException e) {
                answer = e.toString();
            }
            socket.close();
            if (System.nanoTime() - end >= 0) {
                throw new IOException("the supervisor on port " + port + " did not admit " + name + " within "
                        + patienceMillis + " ms; last time " + answer);
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while connecting to the supervisor", e);
            }
        }
    }

    ForeignWrites foreignWrites() {
        return ForeignWrites.open(connection, encoder);
    }

    /**
     * Writes with the calling thread's interrupt flag down, and puts it back after. A test's thread
     * flushes events at times (a burst bigger than the journal; every checkpoint under a hard timeout),
     * and on a virtual thread a socket write closes the socket when the flag is set. Platform threads
     * ignore the flag in socket writes, and this costs them two reads of it.
     */
    private static final class Uninterrupted extends FilterOutputStream {
        Uninterrupted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            boolean interrupted = Thread.interrupted();
            try {
                out.write(b, off, len);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            boolean interrupted = Thread.interrupted();
            try {
                out.flush();
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * The journal's file was truncated under its mapping (by another process). Every event written since
     * faulted, and the JVM delivers those faults late, as InternalErrors anywhere in the writing threads:
     * in a test, in JUnit's engine (which then drops the rest of a class), in retire's listener. So the
     * worker halts, once what was held has gone out, and its supervisor handles it as any death: the
     * running test gets one error and the rest of the class goes to a fresh worker.
     */
    private static void journalLost(String name) {
        byte[] message = ("[retire] " + name + ": its journal file was truncated by another process; the worker"
                + " ends, as if it had crashed\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            new java.io.FileOutputStream(java.io.FileDescriptor.err).write(message);
        } catch (IOException ignored) {
            // the exit status still says it
        }
        Runtime.getRuntime().halt(WorkerMain.EXIT_JOURNAL_LOST);
    }
}
