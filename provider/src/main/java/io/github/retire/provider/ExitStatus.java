package io.github.retire.provider;

/** Words for how a process ended, as the JVM reports it (128 + n means killed by signal n). */
final class ExitStatus {
    private static final String[] SIGNALS = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
    };

    private ExitStatus() {
    }

    static String describe(Integer status) {
        if (status == null) {
            return "ended";
        }
        if (status > 128 && status - 128 < SIGNALS.length) {
            return "was killed by " + SIGNALS[status - 128];
        }
        return "exited with status " + status;
    }
}
