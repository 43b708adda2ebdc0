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

    /**
     * A worker ended without retiring or being asked to: the test it ran (or, outside any test, its
     * class) gets one error that says why. A timeout carries the thread dump the worker sent, or says
     * the JVM was too stalled to send one; a crash carries the exit status or signal, the fatal error
     * log and the worker's last native output. The test set stays open: the supervisor carries on
     * with what is left or closes it.
     *
     * @return the message, for the log
     */
    String workerLost(Worker worker, Settings settings, Path fatalLog) {
        Work work = worker.currentWork;
        TestReport running = worker.currentTest;
        String where = running != null ? running.toString() : work.testClass;
        String type;
        String message;
        String detail;
        if (worker.timeout != null || worker.killedByWatchdog || worker.killedBySupervisor) {
            ledger.timedOut();
            type = TIMEOUT;
            message = (worker.timeout != null ? worker.timeout.get(1) : "timed out after "
                    + Durations.describe(settings.testTimeoutMillis()) + " (" + Settings.TEST_TIMEOUT + ")")
                    + " in " + where;
            detail = worker.timeout != null
                    ? "Thread dump (the test thread first):" + System.lineSeparator() + worker.timeout.get(2)
                    : "The JVM was unresponsive and no stack could be taken: " + killer(worker, settings);
        } else {
            ledger.crashed();
            type = CRASH;
            message = worker + " " + ExitStatus.describe(worker.exitStatus, worker.lastOutput()) + " while running "
                    + where + (fatalLog == null ? "" : "; fatal error log: " + fatalLog);
            String output = worker.lastOutput();
            detail = output.isEmpty() ? "" : "Last output of the worker:" + System.lineSeparator() + output;
        }
        TestReport classReport = ensureTestSet(work);
        // Timed on the supervisor's clock, as the test set is (Ledger#testSetClosed), so the class's
        // time is never less than its tests'; Maven's own clock would see the relay's delays too. Outside
        // a test: this worker's part of the class, which starts no earlier than the test set.
        long opened = ledger.openedNanos(work);
        long since = running != null ? worker.currentTestSince
                : worker.currentWorkSince - opened > 0 ? worker.currentWorkSince : opened;
        error(work, running != null ? running : classReport, message,
                type + ": " + message + System.lineSeparator() + detail, millisSince(since));
        return message;
    }

    /**
     * The worker ended a class while tests of it it had started never ended: its listener failed them
     * (the worker itself reports what JUnit never ended). Each is one error, so none vanishes.
     */
    void unfinished(Worker worker) {
        Work work = worker.currentWork;
        String message = "the worker reported no end for this test before its class ended";
        for (TestReport test : worker.openTests.values()) {
            boolean current = test == worker.currentTest;
            error(work, test, message, UNFINISHED + ": " + message, current ? millisSince(worker.currentTestSince) : 0);
            worker.progress.ended(test.uniqueId());
            if (worker.firstFailure == null) {
                worker.firstFailure = test;
            }
        }
        worker.openTests.clear();
        worker.currentTest = null;
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
