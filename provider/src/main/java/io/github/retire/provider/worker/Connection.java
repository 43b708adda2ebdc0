package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.Channels;
import java.util.function.Consumer;

import io.github.retire.wire.ChannelArguments;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Magic;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apiguardian.api.API;

/**
 * One admitted worker connection (its preamble checked out at the {@link Door}): a reader thread that
 * decodes events onto the supervisor's queue, and the encoder for commands. The supervisor binds it to
 * its worker when the HELLO comes, on the supervisor thread.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Connection {
    private final Socket socket;
    private final FrameEncoder<CommandType> commands;
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    /** The worker whose id and secret its preamble carried. */
    public final Worker admitted;
    /** Set by the supervisor loop once HELLO came; read only there. */
    public Worker worker;
    /** Why the reader gave the connection up, when it was not the end of the stream: a protocol error. */
    private volatile String broken;
    /**
     * Whole frames decoded so far. Written by the reader thread only; the supervisor reads it after
     * taking the DISCONNECTED that the reader queues after its last write, and the queue orders the two.
     */
    private long framesRead;
    /** Set once the reader saw the end: nothing more comes, and the socket is closed. */
    private volatile boolean ended;

    private Connection(Socket socket, Worker admitted) throws IOException {
        this.socket = socket;
        this.admitted = admitted;
        this.commands = new FrameEncoder<>(new BufferedOutputStream(socket.getOutputStream()), Magic.COMMANDS);
    }

    /**
     * @param maxFrameBytes the most string bytes one event may declare ({@link FrameDecoder})
     */
    public static Connection open(Socket socket, Worker admitted, ConsoleLogger logger, Consumer<WorkerEvent> queue,
                           long maxFrameBytes) throws IOException {
        socket.setTcpNoDelay(true);
        Connection connection = new Connection(socket, admitted);
        // Surefire's decoder reads each segment with its own read call, a few bytes at a time: straight
        // from the socket that was a system call per segment, some 25 per test report.
        InputStream in = new BufferedInputStream(socket.getInputStream(), READ_BUFFER_BYTES);
        FrameDecoder<EventType> decoder = new FrameDecoder<>(Channels.newChannel(in),
                Magic.EVENTS, EventType.class, new ChannelArguments("a worker connection", logger), maxFrameBytes);
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    Frame<EventType> frame = decoder.next();
                    connection.framesRead++;
                    queue.accept(WorkerEvent.frame(connection, frame));
                }
            } catch (EOFException | SocketException e) {
                // the worker closed its end, or died: its end is judged by what else is known of it
            } catch (IOException | RuntimeException | Error e) {
                // A broken frame: nothing more can be read in step. Closing the socket halts the worker.
                connection.broken = e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString();
            } finally {
                // A worker's end leaves its socket to us: closed here, or every retirement would keep a
                // file descriptor of the fork for the rest of the run (Worker keeps its connection).
                connection.ended = true;
                connection.close();
                queue.accept(WorkerEvent.disconnected(connection));
            }
        }, "retire-connection-reader");
        reader.setDaemon(true);
        reader.start();
        return connection;
    }

    boolean ended() {
        return ended;
    }

    /** Why the reader gave up on a stream that had not ended, or null. */
    public String broken() {
        return broken;
    }

    public long framesRead() {
        return framesRead;
    }

    void send(CommandType type, String... strings) {
        try {
            commands.send(type, null, strings);
            commands.flush();
        } catch (IOException e) {
            // The worker is gone; its end arrives on the queue and is handled there.
        }
    }

    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
