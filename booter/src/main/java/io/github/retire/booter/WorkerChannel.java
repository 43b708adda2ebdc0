package io.github.retire.booter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.Channels;

import io.github.retire.wire.ChannelArguments;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Magic;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;

/**
 * A worker's end of its loopback connection to the supervisor: events out, commands in. One place
 * builds it, for {@link WorkerMain} and for {@link Training}, which rehearses it so that the classes
 * it needs are in the class-data archive.
 */
final class WorkerChannel {
    final Socket socket;
    /** Every write to the connection passes here and is counted, for {@link ForeignWrites}. */
    final ForeignWrites.Counting connection;
    final FrameEncoder<EventType> encoder;
    final Events events;
    final FrameDecoder<CommandType> commands;

    private WorkerChannel(Socket socket, String name) throws IOException {
        this.socket = socket;
        this.connection = ForeignWrites.count(socket.getOutputStream());
        this.encoder = new FrameEncoder<>(new BufferedOutputStream(connection, 64 * 1024), Magic.EVENTS);
        this.events = new Events(encoder);
        this.commands = new FrameDecoder<>(Channels.newChannel(socket.getInputStream()), Magic.COMMANDS,
                CommandType.class, new ChannelArguments(name, new NullConsoleLogger()));
    }

    /** Connects to the supervisor's port on the loopback address. */
    static WorkerChannel connect(int port, String name) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new WorkerChannel(socket, name);
    }

    ForeignWrites foreignWrites() {
        return ForeignWrites.open(connection, encoder);
    }
}
