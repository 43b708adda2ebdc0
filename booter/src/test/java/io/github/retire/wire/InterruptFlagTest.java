package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A thread's interrupt flag must never close the worker's connection (issue 14, item 1). */
class InterruptFlagTest {
    @AfterEach
    void clearFlag() {
        Thread.interrupted();
    }

    @Test
    void framesAreEncodedOnAThreadWhoseFlagIsSetAndTheFlagStays() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> encoder = new FrameEncoder<>(bytes, Magic.EVENTS);
        Thread.currentThread().interrupt();
        encoder.send(EventType.STDOUT, 1, "first", null);
        encoder.send(EventType.STDOUT, 1, "second", null);
        encoder.flush();
        assertTrue(Thread.currentThread().isInterrupted(), "the test's flag is the test's");
        Thread.interrupted();
        encoder.send(EventType.STDOUT, 1, "third", null);
        encoder.flush();

        FrameDecoder<EventType> decoder = new FrameDecoder<>(
                StreamChannels.readable(new java.io.ByteArrayInputStream(bytes.toByteArray())), Magic.EVENTS,
                EventType.class, new ChannelArguments("test", new NullConsoleLogger()));
        assertEquals("first", decoder.next().string(0));
        assertEquals("second", decoder.next().string(0));
        assertEquals("third", decoder.next().string(0));
    }

    @Test
    void framesAreDecodedOnAThreadWhoseFlagIsSet() throws IOException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        FrameEncoder<CommandType> encoder = new FrameEncoder<>(new PipedOutputStream(in), Magic.COMMANDS);
        encoder.send(CommandType.SHUTDOWN, null);
        encoder.send(CommandType.SHUTDOWN, null);
        encoder.flush();
        FrameDecoder<CommandType> decoder = new FrameDecoder<>(StreamChannels.readable(in), Magic.COMMANDS,
                CommandType.class, new ChannelArguments("test", new NullConsoleLogger()));
        Thread.currentThread().interrupt();
        assertEquals(CommandType.SHUTDOWN, decoder.next().type());
        Thread.interrupted();
        assertEquals(CommandType.SHUTDOWN, decoder.next().type());
    }
}
