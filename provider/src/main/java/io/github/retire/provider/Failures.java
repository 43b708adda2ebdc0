package io.github.retire.provider;

import java.nio.file.Path;

import io.github.retire.wire.Durations;
import io.github.retire.wire.WatchdogMessage;

/**
 * How a worker was lost, in words: the message and detail of the error a crash or a timeout costs
 * ({@link TestSets#charge} writes it). Counted once per worker.
 */
final class Failures {
    private final RunStats stats;

    Failures(RunStats stats) {
        this.stats = stats;
    }

    /** How a worker was lost: counted once, then charged to each test (or class) it cost. */
    final class Loss {
        final String type;
        private final Worker worker;
        private final Settings settings;
        private final Path fatalLog;
        /** A timeout (the test overran), else a crash: how the worker ended, derived here only. */
        final boolean timedOut;

        private Loss(Worker worker, Settings settings, Path fatalLog) {
            this.worker = worker;
            this.settings = settings;
            this.fatalLog = fatalLog;
            this.timedOut = worker.timeout != null || worker.killedByWatchdog || worker.killedBySupervisor;
            this.type = timedOut ? TestSets.TIMEOUT : TestSets.CRASH;
        }

        /** @param where the test (or class) it ran, or the tests, when several ran side by side */
        String message(String where) {
            if (timedOut) {
                return (worker.timeout != null ? worker.timeout.get(1) : "timed out after "
                        + Durations.describe(settings.testTimeoutMillis()) + " (" + Settings.TEST_TIMEOUT + ")")
                        + " in " + where;
            }
            if (worker.protocolError != null) {
                return worker + " was ended by retire, having sent what it may not (" + worker.protocolError
                        + "), while running " + where;
            }
            return worker + " " + ExitStatus.describe(worker.exitStatus, worker.lastOutput()) + " while running "
                    + where + (fatalLog == null ? "" : "; fatal error log: " + fatalLog);
        }

        String detail() {
            if (timedOut) {
                return worker.timeout != null
                        ? "Thread dump (the test thread first):" + System.lineSeparator() + worker.timeout.get(2)
                        : "The JVM was unresponsive and no stack could be taken: " + killer(worker, settings);
            }
            String output = worker.lastOutput();
            return output.isEmpty() ? "" : "Last output of the worker:" + System.lineSeparator() + output;
        }
    }

    /** A worker ended without retiring or being asked to: counted once, as a timeout or a crash. */
    Loss lost(Worker worker, Settings settings, Path fatalLog) {
        Loss loss = new Loss(worker, settings, fatalLog);
        if (loss.timedOut) {
            stats.timedOut();
        } else {
            stats.crashed();
        }
        return loss;
    }

    private static String killer(Worker worker, Settings settings) {
        String grace = Durations.describe(settings.timeoutGraceMillis()) + " (" + Settings.TIMEOUT_GRACE + ")";
        if (worker.killedByWatchdog) {
            return "the native watchdog killed " + worker + " " + grace + " after the deadline.";
        }
        return "the supervisor killed " + worker + ", silent for " + grace + " + "
                + Durations.describe(WatchdogMessage.SUPERVISOR_MARGIN_MILLIS) + " after the deadline (no native watchdog"
                + " in the worker, or it could not act).";
    }
}
