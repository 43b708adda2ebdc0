package io.github.retire.wire;

/** Durations as the reports and the log print them, on both sides of the wire. */
public final class Durations {
    private Durations() {
    }

    /** "4 s" for whole seconds, else "1500 ms". */
    public static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * What a hard timeout's error says, whichever side writes it: the worker's guard at the Java stage,
     * or the supervisor when the JVM was too stalled to say it itself.
     */
    public static String timedOutAfter(long limitMillis) {
        return "timed out after " + describe(limitMillis) + " (" + ConfigKeys.TEST_TIMEOUT + ")";
    }
}
