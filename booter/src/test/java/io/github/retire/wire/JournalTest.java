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

    /** The first string of each frame in {@code bytes}, up to the first that does not decode whole. */
    static List<String> decode(byte[] bytes) throws IOException {
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

    /** The bytes of one STDOUT frame with {@code length} ASCII characters, as the encoder writes it. */
    private static int frameBytes(int length) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameEncoder<EventType> sizing = new FrameEncoder<>(bytes, Magic.EVENTS);
        sizing.send(EventType.STDOUT, 1, text('y', length), null);
        return bytes.size();
    }

    private static String text(char c, int length) {
        char[] chars = new char[length];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    /**
     * Fills the journal with whole frames until exactly {@code room} bytes are left, then sends a frame
     * of {@code size} bytes; returns the texts of the frames sent before it.
     */
    private List<String> fillThenSend(int room, int size, String last) throws IOException {
        int overhead = frameBytes(0);
        List<String> before = new ArrayList<>();
        int left = Journal.BYTES - Journal.DATA;
        while (left - room > 0) {
            int next = left - room >= 2000 ? 1000 : left - room;
            String t = text((char) ('a' + before.size() % 26), Math.max(next - overhead, 1));
            assertEquals(next, frameBytes(t.length()));
            send(t);
            before.add(t);
            left -= next;
        }
        assertEquals(size, frameBytes(last.length()));
        send(last);
        return before;
    }

    /**
     * A frame that does not fit in what is left, but fits in the journal, is held like any other once the
     * whole frames before it are sent: a crash while it is on its way must not lose it. At exactly the
     * room left, one byte less, and one more.
     */
    @Test
    void aFrameAtTheJournalsEdgeIsHeld() throws IOException {
        int room = 5000;
        for (int size : new int[] {room - 1, room, room + 1}) {
            connection.reset();
            open();
            String last = text('z', size - frameBytes(0));
            List<String> before = fillThenSend(room, size, last);
            List<String> all = new ArrayList<>(before);
            all.add(last);
            if (size <= room) {
                assertEquals(List.of(), shape(decode(connection.toByteArray())), "nothing sent at " + size);
                assertEquals(shape(all), shape(heldAfter(0)), "held at " + size);
            } else {
                assertEquals(shape(before), shape(decode(connection.toByteArray())),
                        "the whole frames before sent at " + size);
                assertEquals(shape(List.of(last)), shape(heldAfter(before.size())), "the frame at the edge held at " + size);
            }
            encoder.flush();
            assertEquals(shape(all), shape(decode(connection.toByteArray())));
            assertEquals(List.of(), shape(heldAfter(all.size())));
        }
    }

    /** The biggest frame the journal holds is held; one byte more goes to the connection as it comes. */
    @Test
    void aFrameOfTheJournalsSizeIsHeldAndOneByteMoreIsNot() throws IOException {
        int most = Journal.BYTES - Journal.DATA;
        for (int size : new int[] {most, most + 1}) {
            connection.reset();
            open();
            send("a");
            String last = text('z', size - frameBytes(0));
            assertEquals(size, frameBytes(last.length()));
            send(last);
            if (size == most) {
                assertEquals(shape(List.of("a")), shape(decode(connection.toByteArray())));
                assertEquals(shape(List.of(last)), shape(heldAfter(1)));
            } else {
                assertEquals(shape(List.of("a", last)), shape(decode(connection.toByteArray())));
                assertEquals(List.of(), shape(heldAfter(2)));
            }
            send("after");
            assertEquals(shape(List.of("after")), shape(heldAfter(2)));
        }
    }

    /** Each text as its first character and length: the texts here are long runs of one character. */
    private static List<String> shape(List<String> texts) {
        List<String> shapes = new ArrayList<>();
        for (String t : texts) {
            shapes.add(t.charAt(0) + "x" + t.length());
        }
        return shapes;
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
