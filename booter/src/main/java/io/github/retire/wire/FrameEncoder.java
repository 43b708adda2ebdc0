package io.github.retire.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.maven.surefire.api.stream.AbstractStreamEncoder;

/**
 * Writes frames in Surefire's framing (surefire-api's {@link AbstractStreamEncoder}):
 * {@code :<magic>:<len>:<opcode>:<len>:<charset>:} then each string as {@code <int32 len>:<bytes>:}
 * and the integer as {@code <0|1>[int32]:}. Safe for concurrent senders: the test thread, output
 * capture and the command reader all write through one instance.
 */
public final class FrameEncoder<T extends Enum<T> & Opcode> extends AbstractStreamEncoder<T> {
    private static final byte[] CHARSET = StandardCharsets.UTF_8.name().getBytes(StandardCharsets.US_ASCII);

    private final OutputStream sink;
    private final byte[] magic;

    /**
     * @param sink  a buffered stream over the connection ({@link #flush()} pushes it out), told where
     *              frames end if it is a {@link FrameSink}
     * @param magic {@link Magic#EVENTS} or {@link Magic#COMMANDS}
     */
    public FrameEncoder(OutputStream sink, String magic) {
        super(StreamChannels.writable(sink));
        this.sink = sink;
        this.magic = magic.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected byte[] getEncodedMagicNumber() {
        return magic;
    }

    @Override
    protected byte[] enumToByteArray(T type) {
        return type.opcode().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected byte[] getEncodedCharsetName() {
        return CHARSET;
    }

    @Override
    protected Charset getCharset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    protected CharsetEncoder newCharsetEncoder() {
        return StandardCharsets.UTF_8.newEncoder();
    }

    /** Encodes and buffers one frame. Does not flush. */
    public synchronized void send(Frame<T> frame) throws IOException {
        CharsetEncoder encoder = newCharsetEncoder();
        String[] strings = frame.strings().toArray(new String[0]);
        int capacity = estimateBufferLength(frame.type().opcode().length(), null, encoder, 1, 0, strings);
        ByteBuffer buffer = ByteBuffer.allocate(capacity);
        encodeHeader(buffer, frame.type());
        encodeCharset(buffer);
        for (String s : strings) {
            encodeString(encoder, buffer, s);
        }
        encodeInteger(buffer, frame.number());
        buffer.flip();
        write(buffer, false);
        if (sink instanceof FrameSink) {
            ((FrameSink) sink).endFrame();
        }
    }

    public void send(T type, Integer number, String... strings) throws IOException {
        send(Frame.of(type, number, strings));
    }

    public synchronized void flush() throws IOException {
        sink.flush();
    }
}
