package io.github.retire.wire;

/** Durations as the reports and the log print them, on both sides of the wire. */
public final class Durations {
    private Durations() {
    }

    /** "4 s" for whole seconds, else "1500 ms". */
    public static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
