package io.github.retire.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.surefire.api.fork.ForkNodeArguments;
import org.apache.maven.surefire.api.stream.AbstractStreamDecoder;
import org.apache.maven.surefire.api.stream.SegmentType;

/**
 * Reads frames written by {@link FrameEncoder}, on surefire-api's {@link AbstractStreamDecoder}.
 * The connection carries nothing but frames, so a malformed frame is a protocol error, not stray
 * output: {@link #next()} throws instead of skipping bytes.
 */
public final class FrameDecoder<T extends Enum<T> & Opcode> extends AbstractStreamDecoder<Frame<T>, T, SegmentType> {
    private final byte[] magic;
    private final Memento memento = new Memento();
    private final long maxFrameBytes;
    /** Whether the next int read is a string's length, which counts toward the frame's size. */
    private boolean stringLengthNext;
    private long frameBytes;

    public FrameDecoder(ReadableByteChannel channel, String magic, Class<T> types, ForkNodeArguments arguments) {
        this(channel, magic, types, arguments, Long.MAX_VALUE);
    }

    /**
     * @param maxFrameBytes the most string bytes one frame may declare: a frame declaring more is refused
     *                      ({@link FrameTooLargeException}) before any of them is read, so a peer cannot make
     *                      this side hold more than that for one frame
     */
    public FrameDecoder(ReadableByteChannel channel, String magic, Class<T> types, ForkNodeArguments arguments,
                        long maxFrameBytes) {
        super(channel, arguments, opcodes(types));
        this.magic = magic.getBytes(StandardCharsets.US_ASCII);
        this.maxFrameBytes = maxFrameBytes;
    }

    private static <T extends Enum<T> & Opcode> Map<Segment, T> opcodes(Class<T> types) {
        Map<Segment, T> map = new HashMap<>();
        for (T type : types.getEnumConstants()) {
            byte[] op = type.opcode().getBytes(StandardCharsets.US_ASCII);
            map.put(new Segment(op, 0, op.length), type);
        }
        return map;
    }

    /**
     * The next frame.
     *
     * @throws EOFException when the peer closed the connection between frames or inside one
     * @throws FrameTooLargeException when its strings declare more bytes than this decoder takes
     * @throws IOException  on a read error or a malformed frame
     */
    public Frame<T> next() throws IOException {
        Frame<T> frame = decode(memento);
        if (frame == null) {
            throw new IOException("malformed frame on the retire channel");
        }
        return frame;
    }

    @Override
    public Frame<T> decode(Memento m) throws IOException {
        frameBytes = 0;
        try {
            T type = readMessageType(m);
            if (type == null) {
                return null;
            }
            for (SegmentType segment : nextSegmentType(type)) {
                switch (segment) {
                    case STRING_ENCODING:
                        m.setCharset(readCharset(m));
                        break;
                    case DATA_STRING:
                        stringLengthNext = true;
                        m.getData().add(readString(m));
                        break;
                    case DATA_INTEGER:
                        m.getData().add(readInteger(m));
                        break;
                    case END_OF_FRAME:
                        return toMessage(type, m);
                    default:
                        throw new IllegalStateException("unexpected segment " + segment);
                }
            }
            return null;
        } catch (MalformedFrameException e) {
            return null;
        } finally {
            stringLengthNext = false;
            m.reset();
        }
    }

    /** The decoder reads a string's length with this, before it reads the string. */
    @Override
    protected int readInt(Memento m) throws IOException, MalformedFrameException {
        int value = super.readInt(m);
        if (stringLengthNext) {
            stringLengthNext = false;
            frameBytes += Math.max(value, 0);
            if (frameBytes > maxFrameBytes) {
                throw new FrameTooLargeException("a frame declared more than " + maxFrameBytes
                        + " bytes of strings (" + frameBytes + " so far)");
            }
        }
        return value;
    }

    @Override
    protected byte[] getEncodedMagicNumber() {
        return magic;
    }

    @Override
    protected SegmentType[] nextSegmentType(T type) {
        SegmentType[] segments = new SegmentType[type.strings() + 3];
        segments[0] = SegmentType.STRING_ENCODING;
        for (int i = 1; i <= type.strings(); i++) {
            segments[i] = SegmentType.DATA_STRING;
        }
        segments[type.strings() + 1] = SegmentType.DATA_INTEGER;
        segments[type.strings() + 2] = SegmentType.END_OF_FRAME;
        return segments;
    }

    @Override
    protected Frame<T> toMessage(T type, Memento m) throws MalformedFrameException {
        checkArguments(m, type.strings() + 1);
        List<String> strings = new ArrayList<>(type.strings());
        for (int i = 0; i < type.strings(); i++) {
            strings.add(m.ofDataAt(i));
        }
        return new Frame<>(type, m.ofDataAt(type.strings()), strings);
    }

    @Override
    public void close() {
        // The owner closes the connection.
    }
}
