package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Words for how a process ended, as the JVM reports it (128 + n means killed by signal n). */
@API(status = INTERNAL, since = "0.1.0")
public final class ExitStatus {
    private static final String[] SIGNALS = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
    };

    private ExitStatus() {
    }

    private static final java.util.regex.Pattern FATAL_SIGNAL =
            java.util.regex.Pattern.compile("^#\\s+(SIG[A-Z]+) \\(0x", java.util.regex.Pattern.MULTILINE);

    /**
     * Like {@link #describe(Integer)}, but a JVM that crashed on a signal says which: it aborts
     * after printing its fatal error banner, so the exit status alone would only say SIGABRT.
     */
    public static String describe(Integer status, String lastOutput) {
        java.util.regex.Matcher m = FATAL_SIGNAL.matcher(lastOutput);
        if (m.find()) {
            return "crashed with " + m.group(1) + " (JVM fatal error) and " + describe(status);
        }
        return describe(status);
    }

    /** The signal that ended the process (from a JVM's fatal error banner, else its status), or null. */
    public static String signal(Integer status, String lastOutput) {
        java.util.regex.Matcher m = FATAL_SIGNAL.matcher(lastOutput == null ? "" : lastOutput);
        if (m.find()) {
            return m.group(1);
        }
        return status != null && status > 128 && status - 128 < SIGNALS.length ? SIGNALS[status - 128] : null;
    }

    public static String describe(Integer status) {
        if (status == null) {
            return "ended";
        }
        if (status > 128 && status - 128 < SIGNALS.length) {
            return "was killed by " + SIGNALS[status - 128];
        }
        return "exited with status " + status;
    }
}
