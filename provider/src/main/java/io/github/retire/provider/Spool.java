package io.github.retire.provider;

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

import io.github.retire.wire.PrivateFiles;

/**
 * A first-in first-out queue of held output, in memory while its {@link Holding} has room and in a
 * file beyond that. Order is kept: once something went to the file, everything after it goes there too
 * until the file has been read to its end. A file that cannot be written leaves the rest in memory,
 * after the file's content, rather than drop it.
 */
final class Spool {
    /** One piece of output: a line (or a part of one, {@code newLine} false) and a number its holder gives it. */
    static final class Item {
        final int mark;
        final boolean stdout;
        final boolean newLine;
        final String text;

        Item(int mark, boolean stdout, boolean newLine, String text) {
            this.mark = mark;
            this.stdout = stdout;
            this.newLine = newLine;
            this.text = text;
        }
    }

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

    void add(Item item) {
        if (file == null && after.isEmpty() && holding.reserve(Holding.cost(item.text))) {
            memory.add(item);
            return;
        }
        if (after.isEmpty() && write(item)) {
            return;
        }
        holding.take(Holding.cost(item.text));
        after.add(item);
    }

    boolean isEmpty() {
        return memory.isEmpty() && next == null && inFile == 0 && after.isEmpty();
    }

    /** The oldest item, left in place; null when empty. */
    Item peek() {
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
    Item poll() {
        Item item = memory.poll();
        if (item != null) {
            holding.release(Holding.cost(item.text));
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
        holding.release(Holding.cost(item.text));
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
            byte[] bytes = item.text.getBytes(StandardCharsets.UTF_8);
            writer.writeInt(item.mark);
            writer.writeByte((item.stdout ? 1 : 0) | (item.newLine ? 2 : 0));
            writer.writeInt(bytes.length);
            writer.write(bytes);
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
            byte[] bytes = new byte[reader.readInt()];
            reader.readFully(bytes);
            inFile--;
            return new Item(mark, (flags & 1) != 0, (flags & 2) != 0, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read held output back from " + file, e);
        }
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
