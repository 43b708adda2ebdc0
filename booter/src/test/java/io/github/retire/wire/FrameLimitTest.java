package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;

class FrameLimitTest {

    private static FrameDecoder<EventType> decoder(InputStream in, long limit) {
        return new FrameDecoder<>(Channels.newChannel(in), Magic.EVENTS, EventType.class,
                new ChannelArguments("test", new NullConsoleLogger()), limit);
    }

    /** A frame head and a string whose declared length is huge, and no more bytes after it. */
    private static byte[] hugeDeclared(int declared) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = ":" + Magic.EVENTS + ":";
        out.write(head.getBytes(StandardCharsets.US_ASCII), 0, head.length());
        out.write("stdout".length());
        String rest = ":stdout:";
        out.write(rest.getBytes(StandardCharsets.US_ASCII), 0, rest.length());
        out.write(5);
        String charset = ":UTF-8:";
        out.write(charset.getBytes(StandardCharsets.US_ASCII), 0, charset.length());
        out.write(declared >>> 24);
        out.write(declared >>> 16);
        out.write(declared >>> 8);
        out.write(declared);
        out.write(':');
        return out.toByteArray();
    }

    @Test
    void aHugeDeclaredLengthIsRefusedBeforeAnyOfItIsRead() {
        // An endless stream: were the decoder to read the string, it would never return.
        InputStream endless = new InputStream() {
            private final byte[] head = hugeDeclared(Integer.MAX_VALUE);
            private int at;

            @Override
            public int read() {
                return at < head.length ? head[at++] & 0xff : 'a';
            }
        };
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> decoder(endless, 1 << 20).next());
        assertTrue(e.getMessage().contains("1048576"), e.getMessage());
    }

    @Test
    void theLimitCountsAllStringsOfAFrame() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> encoder = new FrameEncoder<>(bytes, Magic.EVENTS);
        encoder.send(EventType.LOG, null, "INFO", repeat('x', 600));
        encoder.send(EventType.LOG, null, repeat('y', 600), repeat('x', 600));
        encoder.flush();
        FrameDecoder<EventType> decoder = decoder(new ByteArrayInputStream(bytes.toByteArray()), 1000);
        assertEquals(repeat('x', 600), decoder.next().string(1));
        assertThrows(FrameTooLargeException.class, decoder::next);
    }

    @Test
    void withoutALimitLongStringsPass() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> encoder = new FrameEncoder<>(bytes, Magic.EVENTS);
        encoder.send(EventType.STDOUT, 1, repeat('z', 3_000_000), null);
        encoder.flush();
        assertEquals(3_000_000, decoder(new ByteArrayInputStream(bytes.toByteArray()), Long.MAX_VALUE).next()
                .string(0).length());
    }

    @Test
    void aPreambleCarriesIdAndSecret() {
        String secret = Preamble.newSecret(new SecureRandom());
        assertEquals(Preamble.SECRET_CHARS, secret.length());
        byte[] preamble = Preamble.encode(7, secret);
        assertEquals(Preamble.BYTES, preamble.length);
        assertTrue(Preamble.couldStart(preamble, Preamble.BYTES));
        assertTrue(Preamble.couldStart("re".getBytes(StandardCharsets.US_ASCII), 2));
        assertFalse(Preamble.couldStart("GET".getBytes(StandardCharsets.US_ASCII), 3));
        assertEquals(7, Preamble.workerId(preamble));
        assertArrayEquals(secret.getBytes(StandardCharsets.US_ASCII), Preamble.secret(preamble));
        assertThrows(IllegalArgumentException.class, () -> Preamble.encode(1, "short"));
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        java.util.Arrays.fill(chars, c);
        return new String(chars);
    }
}
