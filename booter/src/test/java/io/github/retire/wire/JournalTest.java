package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a journal's file holds when its JVM stops at any point, and what a reader gets back from it. */
class JournalTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream connection = new ByteArrayOutputStream();
    private Path file;
    private Journal journal;
    private FrameEncoder<EventType> encoder;

    private void open() throws IOException {
        file = dir.resolve("journal");
        Journal.create(file);
        journal = Journal.open(file, connection);
        encoder = new FrameEncoder<>(journal, Magic.EVENTS);
    }

    private void send(String... texts) throws IOException {
        for (String text : texts) {
            encoder.send(EventType.STDOUT, 1, text, null);
        }
    }

    /** The texts of the frames a reader that had {@code received} frames gets back from the file. */
    private List<String> heldAfter(long received) throws IOException {
        Journal.Held held = Journal.held(Files.readAllBytes(file), received);
        List<String> texts = decode(held.bytes);
        return texts.subList((int) Math.min(held.skip, texts.size()), texts.size());
    }

    private static List<String> decode(byte[] bytes) throws IOException {
        FrameDecoder<EventType> decoder = new FrameDecoder<>(Channels.newChannel(new ByteArrayInputStream(bytes)),
                Magic.EVENTS, EventType.class, new ChannelArguments("test", new NullConsoleLogger()));
        List<String> texts = new ArrayList<>();
        while (true) {
            try {
                texts.add(decoder.next().string(0));
            } catch (IOException end) {
                return texts;
            }
        }
    }

    @Test
    void framesWrittenAfterTheLastFlushAreInTheFileAndNotOnTheConnection() throws IOException {
        open();
        send("a", "b");
        encoder.flush();
        send("c", "d");
        assertEquals(List.of("a", "b"), decode(connection.toByteArray()));
        assertEquals(List.of("c", "d"), heldAfter(2));
        encoder.flush();
        assertEquals(List.of("a", "b", "c", "d"), decode(connection.toByteArray()));
        assertEquals(List.of(), heldAfter(4));
    }

    @Test
    void aReaderThatMissedPartOfAFlushGetsExactlyTheRest() throws IOException {
        // A JVM that died inside the flush's write: the reader decoded only some of the frames sent.
        open();
        send("a");
        encoder.flush();
        send("b", "c", "d");
        assertEquals(List.of("b", "c", "d"), heldAfter(1));
        assertEquals(List.of("c", "d"), heldAfter(2));
        assertEquals(List.of("d"), heldAfter(3));
        assertEquals(List.of(), heldAfter(4));
    }

    @Test
    void aFrameBiggerThanTheJournalGoesStraightToTheConnectionAndIsCounted() throws IOException {
        open();
        send("a");
        char[] big = new char[Journal.BYTES];
        Arrays.fill(big, 'x');
        String huge = new String(big);
        send(huge);
        send("after");
        assertEquals(List.of("a", huge), decode(connection.toByteArray()));
        assertEquals(List.of("after"), heldAfter(2));
    }

    @Test
    void aPartlyWrittenFrameIsNotHeld() throws IOException {
        open();
        send("a");
        journal.write(":maven-surefire-event:".getBytes(StandardCharsets.US_ASCII));
        // the process stops here: the bytes of the next frame are in the file, but it never ended
        assertEquals(List.of("a"), heldAfter(0));
    }

    @Test
    void aFileWithNothingHeldGivesNothing() throws IOException {
        open();
        assertEquals(List.of(), heldAfter(0));
        assertEquals(0, Journal.held(new byte[3], 0).bytes.length);
    }
}
