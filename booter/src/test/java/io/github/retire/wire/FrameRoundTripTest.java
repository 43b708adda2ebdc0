package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;

class FrameRoundTripTest {

    private static FrameDecoder<EventType> decoderOf(byte[] bytes) {
        return new FrameDecoder<>(Channels.newChannel(new ByteArrayInputStream(bytes)), Magic.EVENTS,
                EventType.class, new ChannelArguments("test", new NullConsoleLogger()));
    }

    @Test
    void everyEventTypeSurvivesTheWire() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> encoder = new FrameEncoder<>(bytes, Magic.EVENTS);
        for (EventType type : EventType.values()) {
            String[] strings = new String[type.strings()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = i == 1 ? null : type.opcode() + " \u00e9\u4e2d\n line " + i;
            }
            encoder.send(type, type.ordinal() % 2 == 0 ? null : type.ordinal(), strings);
        }
        encoder.flush();

        FrameDecoder<EventType> decoder = decoderOf(bytes.toByteArray());
        for (EventType type : EventType.values()) {
            Frame<EventType> frame = decoder.next();
            assertEquals(type, frame.type());
            assertEquals(type.ordinal() % 2 == 0 ? null : type.ordinal(), frame.number());
            for (int i = 0; i < type.strings(); i++) {
                if (i == 1) {
                    assertNull(frame.string(i));
                } else {
                    assertEquals(type.opcode() + " \u00e9\u4e2d\n line " + i, frame.string(i));
                }
            }
        }
        assertThrows(EOFException.class, decoder::next);
    }

    @Test
    void aLongStringCrossesBufferBoundaries() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append((char) ('a' + i % 26)).append(i % 100 == 0 ? "\u00fc" : "");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> encoder = new FrameEncoder<>(bytes, Magic.EVENTS);
        encoder.send(EventType.STDOUT, 1, big.toString(), null);
        encoder.flush();
        assertEquals(big.toString(), decoderOf(bytes.toByteArray()).next().string(0));
    }

    @Test
    void bytesThatAreNotAFrameAreAnErrorNotSkipped() {
        byte[] junk = "this is not a frame at all, just text".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IOException.class, () -> decoderOf(junk).next());
    }

    @Test
    void aFrameOfTheOtherDirectionIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<CommandType> encoder = new FrameEncoder<>(bytes, Magic.COMMANDS);
        encoder.send(CommandType.RUN_CLASS, null, "a.B");
        encoder.flush();
        assertThrows(IOException.class, () -> decoderOf(bytes.toByteArray()).next());
    }

    @Test
    void aTruncatedFrameEndsTheStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> encoder = new FrameEncoder<>(bytes, Magic.EVENTS);
        encoder.send(EventType.CLASS_DONE, null, "a.B");
        encoder.flush();
        byte[] all = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length - 3);
        assertThrows(EOFException.class, () -> decoderOf(cut).next());
    }

    @Test
    void aReportKeepsEveryField() {
        TestReport report = new TestReport("[engine:junit-jupiter]/[class:a.B]", "a.B", "B text", "m", "m text",
                "msg", "exc", "smart", "full", "trimmed", 42);
        TestReport back = TestReport.fromFrame(report.toFrame(EventType.TEST_FAILED));
        assertEquals(report.uniqueId(), back.uniqueId());
        assertEquals("a.B", back.sourceName());
        assertEquals("B text", back.sourceText());
        assertEquals("m", back.name());
        assertEquals("m text", back.nameText());
        assertEquals("msg", back.message());
        assertEquals("exc", back.exceptionMessage());
        assertEquals("smart", back.smartTrimmedTrace());
        assertEquals("full", back.fullTrace());
        assertEquals("trimmed", back.trimmedTrace());
        assertEquals(42, back.elapsed());
    }
}
