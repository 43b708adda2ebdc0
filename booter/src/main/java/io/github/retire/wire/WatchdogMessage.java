package io.github.retire.wire;

/**
 * The line the native watchdog writes to stderr when it kills a worker. It carries the worker's
 * secret, so a test that exits with the watchdog's status by chance is still reported as a crash.
 */
public final class WatchdogMessage {
    /**
     * The supervisor kills a worker that runs tests and has sent nothing for the test timeout, the
     * grace and this much more: it is stalled, and no watchdog in it could end it.
     */
    public static final long SUPERVISOR_MARGIN_MILLIS = 2_000;

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
