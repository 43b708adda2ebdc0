package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.retire.wire.PrivateFiles;
import io.github.retire.wire.TestReport;
import org.apiguardian.api.API;

/**
 * A first-in first-out queue of held output, in memory while its {@link Holding} has room and in a
 * file beyond that. Order is kept: once something went to the file, everything after it goes there too
 * until the file has been read to its end. A file that cannot be written leaves the rest in memory,
 * after the file's content, rather than drop it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Spool {
    /** One piece of output: a line (or a part of one, {@code newLine} false) and a number its holder gives it. */
    public static class Item {
        public final int mark;
        public final boolean stdout;
        public final boolean newLine;
        public final String text;

        public Item(int mark, boolean stdout, boolean newLine, String text) {
            this.mark = mark;
            this.stdout = stdout;
            this.newLine = newLine;
            this.text = text;
        }

        long cost() {
            return Holding.cost(text);
        }
    }

    /**
     * A report event held among the output of a class waiting for its turn ({@link Relay}): its kind
     * (the holder's number), the run id Surefire's entry got when it arrived, the wire report, and the
     * system properties of a test set's completion (else null). Held with the output so both keep their
     * order, and counted and spilled as output is: a waiting class with 100,000 tests holds as many.
     */
    static final class Event extends Item {
        final int kind;
        final long runId;
        final TestReport report;
        final Map<String, String> properties;

        /** Fixed when held: what is released must be what was reserved, whatever the map does meanwhile. */
        private final long cost;

        Event(int mark, int kind, long runId, TestReport report, Map<String, String> properties) {
            super(mark, false, false, null);
            this.kind = kind;
            this.runId = runId;
            this.report = report;
            this.properties = properties;
            long c = 128;
            for (String s : strings(report)) {
                c += s == null ? 0 : Holding.cost(s);
            }
            if (properties != null) {
                for (Map.Entry<String, String> p : properties.entrySet()) {
                    c += 32 + Holding.cost(p.getKey()) + Holding.cost(p.getValue());
                }
            }
            cost = c;
        }

        @Override
        long cost() {
            return cost;
        }
    }

    /** Marks an {@link Event}'s record in the file; an output record has only bits 1 and 2. */
    private static final int EVENT = 4;

    /**
     * A spool keeps its file open, with this buffer, until its turn comes: once the holding's memory is
     * used up, each class that waits (hundreds, behind one long live class) has one, outside the
     * holding's count: at 64 KB each, 500 waiting classes would take 32 MB of heap.
     */
    private static final int WRITE_BUFFER_BYTES = 8 * 1024;
    /** Read back one spool at a time (a class's turn, a worker's pipes). */
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final Holding holding;
    private final ArrayDeque<Item> memory = new ArrayDeque<>();
    /** What came after the file's content when the file could not be written. */
    private final ArrayDeque<Item> after = new ArrayDeque<>();
    private Path file;
    private DataOutputStream writer;
    private DataInputStream reader;
    private long inFile;
    /** The item read from the file and not taken yet. */
    private Item next;

    Spool(Holding holding) {
        this.holding = holding;
    }

    public void add(Item item) {
        if (file == null && after.isEmpty() && holding.reserve(item.cost())) {
            memory.add(item);
            return;
        }
        if (after.isEmpty() && write(item)) {
            return;
        }
        holding.take(item.cost());
        after.add(item);
    }

    public boolean isEmpty() {
        return memory.isEmpty() && next == null && inFile == 0 && after.isEmpty();
    }

    /** The oldest item, left in place; null when empty. */
    public Item peek() {
        if (!memory.isEmpty()) {
            return memory.peek();
        }
        if (next == null && inFile > 0) {
            next = read();
        }
        if (next != null) {
            return next;
        }
        return after.peek();
    }

    /** Takes the oldest item; null when empty. */
    public Item poll() {
        Item item = memory.poll();
        if (item != null) {
            holding.release(item.cost());
            return item;
        }
        item = peek();
        if (item == null) {
            return null;
        }
        if (item == next) {
            next = null;
            if (inFile == 0) {
                closeFile();
            }
            return item;
        }
        after.poll();
        holding.release(item.cost());
        return item;
    }

    private boolean write(Item item) {
        try {
            if (file == null) {
                Path created = holding.newFile();
                PrivateFiles.write(created, new byte[0]); // test output: the owner's only, as the run's other files
                writer = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(created,
                        StandardOpenOption.APPEND), WRITE_BUFFER_BYTES));
                file = created;
            }
            writer.writeInt(item.mark);
            if (item instanceof Event) {
                writeEvent((Event) item);
            } else {
                writer.writeByte((item.stdout ? 1 : 0) | (item.newLine ? 2 : 0));
                writeString(item.text);
            }
            inFile++;
            return true;
        } catch (IOException e) {
            // a full disk, say: what follows stays in memory, after what the file holds
            return false;
        }
    }

    private Item read() {
        try {
            writer.flush();
            if (reader == null) {
                reader = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), READ_BUFFER_BYTES));
            }
            int mark = reader.readInt();
            int flags = reader.readByte();
            Item item = (flags & EVENT) != 0 ? readEvent(mark)
                    : new Item(mark, (flags & 1) != 0, (flags & 2) != 0, readString());
            inFile--;
            return item;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read held output back from " + file, e);
        }
    }

    private void writeEvent(Event event) throws IOException {
        writer.writeByte(EVENT);
        writer.writeInt(event.kind);
        writer.writeLong(event.runId);
        Integer elapsed = event.report.elapsed();
        writer.writeBoolean(elapsed != null);
        writer.writeInt(elapsed == null ? 0 : elapsed);
        for (String s : strings(event.report)) {
            writeString(s);
        }
        writer.writeInt(event.properties == null ? -1 : event.properties.size());
        if (event.properties != null) {
            for (Map.Entry<String, String> p : event.properties.entrySet()) {
                writeString(p.getKey());
                writeString(p.getValue());
            }
        }
    }

    private Event readEvent(int mark) throws IOException {
        int kind = reader.readInt();
        long runId = reader.readLong();
        boolean timed = reader.readBoolean();
        int elapsed = reader.readInt();
        String[] s = new String[STRINGS];
        for (int i = 0; i < s.length; i++) {
            s[i] = readString();
        }
        TestReport report = new TestReport(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
                timed ? Integer.valueOf(elapsed) : null);
        int count = reader.readInt();
        Map<String, String> properties = count < 0 ? null : new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = readString();
            properties.put(key, readString());
        }
        return new Event(mark, kind, runId, report, properties);
    }

    private static final int STRINGS = 10;

    /** The report's texts, in the order the file has them (and {@link #readEvent} passes them back). */
    private static String[] strings(TestReport r) {
        return new String[] {r.uniqueId(), r.sourceName(), r.sourceText(), r.name(), r.nameText(), r.message(),
            r.exceptionMessage(), r.smartTrimmedTrace(), r.fullTrace(), r.trimmedTrace()};
    }

    /** A length, -1 for null, then the text in UTF-8 (no 64 KB limit, unlike writeUTF). */
    private void writeString(String s) throws IOException {
        if (s == null) {
            writer.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writer.writeInt(bytes.length);
        writer.write(bytes);
    }

    private String readString() throws IOException {
        int length = reader.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        reader.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Read to its end: the file goes, and the next overflow starts a new one. */
    private void closeFile() {
        try {
            writer.close();
            if (reader != null) {
                reader.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the run's directory goes at its end anyway
        }
        file = null;
        writer = null;
        reader = null;
    }
}
