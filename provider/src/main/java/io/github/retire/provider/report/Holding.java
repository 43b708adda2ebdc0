package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;

import org.apiguardian.api.API;

/**
 * Where the supervisor keeps worker output it cannot hand on yet: the output and the other events
 * (test starts and ends, with their messages and stack traces) of classes waiting for their turn to
 * stream ({@link Relay}), native lines waiting for their place among the events
 * (the worker package's {@code PipeBarrier}), a test's output held until its end in JUnit's parallel mode ({@code Part}).
 * All of it together stays in memory up to {@link #MEMORY_BYTES}; beyond that each {@link Spool}
 * appends to a file of its own in the run's private directory, and gives it back in order. So what
 * tests print and report never fills the supervisor's heap, however much it is and however long it waits.
 *
 * <p>Used on the supervisor's thread only.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Holding {
    /** Held output kept in memory across the whole run, in estimated bytes of heap (documented in README). */
    static final long MEMORY_BYTES = 4L << 20;

    private final Path directory;
    private final long limit;
    private long inMemory;
    private int files;

    /** @param directory where spools may write their files; null to keep everything in memory */
    public Holding(Path directory) {
        this(directory, MEMORY_BYTES);
    }

    public Holding(Path directory, long limit) {
        this.directory = directory;
        this.limit = limit;
    }

    /** Held in memory only: for the supervisor's unit tests. */
    public static Holding inMemory() {
        return new Holding(null, Long.MAX_VALUE);
    }

    public Spool spool() {
        return new Spool(this);
    }

    /** Whether this much more may stay in memory; if so it is counted as there. */
    boolean reserve(long bytes) {
        if (directory != null && inMemory + bytes > limit) {
            return false;
        }
        inMemory += bytes;
        return true;
    }

    /** Counts what must stay in memory whatever the limit (a spool whose file failed). */
    void take(long bytes) {
        inMemory += bytes;
    }

    void release(long bytes) {
        inMemory -= bytes;
    }

    long bytesInMemory() {
        return inMemory;
    }

    Path newFile() {
        return directory.resolve("held-" + ++files);
    }

    /** About what a held piece of text costs the heap: the object, its string and its bytes. */
    public static long cost(String text) {
        return 64 + 2L * text.length();
    }
}
