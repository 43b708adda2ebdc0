package io.github.retire.wire;

/**
 * The line a worker writes to its native stdout and stderr to mark a point in its event stream
 * (see {@link EventType#NATIVE_SYNC}). It embeds the worker's secret, so test output cannot
 * imitate it by accident.
 */
public final class SyncMarker {
    private final String prefix;

    public SyncMarker(String secret) {
        this.prefix = "[retire-sync " + secret + " ";
    }

    public String line(int number) {
        return prefix + number + "]";
    }

    /** Where the marker starts in this line, or -1. */
    public int find(String line) {
        return line.indexOf(prefix);
    }

    /** The number of the marker that starts at {@code at}, or -1 when the line is not a whole marker. */
    public int numberAt(String line, int at) {
        int start = at + prefix.length();
        int end = line.indexOf(']', start);
        if (end < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(line.substring(start, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
