package io.github.retire.wire;

/**
 * The line the native watchdog writes to stderr when it kills a worker. It carries the worker's
 * secret, so a test that exits with the watchdog's status by chance is still reported as a crash.
 */
public final class WatchdogMessage {
    private WatchdogMessage() {
    }

    public static String line(String secret) {
        return "[retire-watchdog " + secret + "] deadline plus grace passed; the native watchdog ended this worker";
    }

    public static boolean matches(String line, String secret) {
        return line.contains(line(secret));
    }

    /** The line as reports show it: the secret has done its work. */
    public static String withoutSecret(String line, String secret) {
        return line.replace("[retire-watchdog " + secret + "]", "[retire-watchdog]");
    }
}
