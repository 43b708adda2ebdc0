package io.github.retire.provider;

import java.nio.file.Path;

import io.github.retire.wire.Durations;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import io.github.retire.wire.WatchdogMessage;

/**
 * The outcomes the supervisor writes itself, because no worker lived to report them: the one
 * error a crash costs, and the errors for work it gave up on. Each says why.
 */
final class Failures {
    /*
     * Surefire reads an error's type from the first line of its trace, "type: message"; these name
     * what happened (they are not classes).
     */
    static final String CRASH = "io.github.retire.WorkerCrash";
    static final String TIMEOUT = "io.github.retire.HardTimeout";
    static final String NOT_RUN = "io.github.retire.NotRun";
    static final String UNFINISHED = "io.github.retire.UnfinishedTest";

    private final Ledger ledger;
    private final Relay relay;

    Failures(Ledger ledger, Relay relay) {
        this.ledger = ledger;
        this.relay = relay;
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
            this.type = timedOut ? TIMEOUT : CRASH;
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
            ledger.timedOut();
        } else {
            ledger.crashed();
        }
        return loss;
    }

    /**
     * The test a lost worker ran (or, outside any test, its class) gets one error that says why. A
     * timeout carries the thread dump the worker sent, or says the JVM was too stalled to send one; a
     * crash carries the exit status or signal, the fatal error log and the worker's last native
     * output. The test set stays open: the supervisor carries on with what is left or closes it.
     *
     * @param running the test, or null outside any test
     */
    void charge(Loss loss, Worker worker, Part part, Part.Running running) {
        Work work = part.work;
        String message = loss.message(running != null ? running.report.toString() : work.testClass);
        TestReport classReport = ensureTestSet(work);
        // Timed on the supervisor's clock, as the test set is (Ledger#testSetClosed), so the class's
        // time is never less than its tests'; Maven's own clock would see the relay's delays too. Outside
        // a test: this worker's part of the class, which starts no earlier than the test set.
        long opened = ledger.openedNanos(work);
        long since = running != null ? running.since
                : worker.currentWorkSince - opened > 0 ? worker.currentWorkSince : opened;
        if (running != null) {
            running.release(relay, work);
        }
        error(work, running != null ? running.report : classReport, message,
                loss.type + ": " + message + System.lineSeparator() + loss.detail(), millisSince(since));
    }

    /**
     * The worker ended a class while tests of it it had started never ended: its listener failed them
     * (the worker itself reports what JUnit never ended). Each is one error, so none vanishes.
     */
    void unfinished(Worker worker, Part part) {
        String message = "the worker reported no end for this test before its class ended";
        for (Part.Running running : part.running.values()) {
            running.release(relay, part.work);
            error(part.work, running.report, message, UNFINISHED + ": " + message, millisSince(running.since));
            part.progress.ended(running.report.uniqueId());
            if (worker.firstFailure == null) {
                worker.firstFailure = running.report;
            }
        }
        part.running.clear();
    }

    /** Whatever is left of a part that the supervisor could not account for: one error on its class. */
    void abandoned(Worker worker, Part part, String why) {
        unfinished(worker, part);
        TestReport classReport = ensureTestSet(part.work);
        String message = "not completed: " + why;
        error(part.work, classReport, message, NOT_RUN + ": " + message, 0);
        close(part.work);
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

    /** Every piece of work not yet run is reported as an error that says why; nothing is dropped. */
    void giveUp(int startupFailures, String lastOutput) {
        String reason = "not run: " + startupFailures + " worker JVMs in a row ended before completing a test";
        String detail = NOT_RUN + ": " + reason + (lastOutput.isEmpty() ? "" : System.lineSeparator()
                + "Last output of the last worker:" + System.lineSeparator() + lastOutput);
        for (Work work = ledger.next(); work != null; work = ledger.next()) {
            TestReport classReport = ensureTestSet(work);
            error(work, classReport, reason, detail, 0);
            close(work);
        }
    }

    /**
     * What a continuation left without running any of it: carrying it on would only repeat that, so each
     * selection is an error that says why (a test named from its unique id, {@link Uid#testName}, which is all
     * the supervisor knows of a test that never started), and invocations that may follow, one on the class.
     * The caller finishes the stream.
     */
    void notContinued(Work work, Leftovers.Left left, String why) {
        TestReport classReport = ensureTestSet(work);
        String reason = "not run: " + why;
        for (String uid : left.known) {
            String detail = NOT_RUN + ": " + reason + System.lineSeparator() + "unique id: " + uid;
            error(work, new TestReport(uid, work.testClass, null, Uid.testName(uid), null, null, null, null, null,
                    null, null), reason, detail, 0);
        }
        if (!left.windows.isEmpty()) {
            StringBuilder detail = new StringBuilder(NOT_RUN + ": " + reason);
            for (Leftovers.Window window : left.windows) {
                detail.append(System.lineSeparator()).append("invocations #").append(window.from)
                        .append(" and later, if any, of ").append(window.parent);
            }
            error(work, classReport, reason + " (invocations that may follow)", detail.toString(), 0);
        }
    }

    private TestReport ensureTestSet(Work testClass) {
        if (!ledger.testSetOpen(testClass)) {
            TestReport classReport = TestReport.named(null, testClass.testClass, null, null, null);
            ledger.testSetOpened(testClass, classReport);
            relay.testSetStarting(testClass, classReport);
        }
        return ledger.openTestSet(testClass);
    }

    private static int millisSince(long nanos) {
        return (int) Math.max(0, (System.nanoTime() - nanos) / 1_000_000L);
    }

    private void error(Work work, TestReport subject, String message, String detail, int elapsedMillis) {
        TestReport error = Ledger.errorReport(subject, message, detail, elapsedMillis);
        ledger.testEnded(work);
        ledger.failed(work, error);
        relay.test(work, EventType.TEST_ERROR, error);
    }

    private void close(Work work) {
        relay.testSetCompleted(work, ledger.testSetClosed(work, null), null);
        relay.streamFinished(work);
        ledger.classDone(work);
    }
}
