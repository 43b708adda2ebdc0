package io.github.retire.provider;

import java.util.Map;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;

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

    private final Ledger ledger;
    private final Relay relay;

    Failures(Ledger ledger, Relay relay) {
        this.ledger = ledger;
        this.relay = relay;
    }

    /**
     * The running test (or, outside any test, the class) gets one error: why the worker went, and the
     * detail (a thread dump, else the worker's last native output). The test set stays open: the
     * supervisor carries on with what is left or closes it.
     */
    void workerLost(Worker worker, String type, String message, String detail) {
        Work work = worker.currentWork;
        String output = worker.lastOutput();
        String full = type + ": " + message + System.lineSeparator() + (detail != null ? detail : output.isEmpty() ? ""
                : "Last output of the worker:" + System.lineSeparator() + output);
        TestReport classReport = ensureTestSet(work);
        TestReport subject = worker.currentTest != null ? worker.currentTest : classReport;
        error(work, subject, message, full);
    }

    /** Every piece of work not yet run is reported as an error that says why; nothing is dropped. */
    void giveUp(int startupFailures, String lastOutput) {
        String reason = "not run: " + startupFailures + " worker JVMs in a row ended before completing a test";
        String detail = NOT_RUN + ": " + reason + (lastOutput.isEmpty() ? "" : System.lineSeparator()
                + "Last output of the last worker:" + System.lineSeparator() + lastOutput);
        for (Work work = ledger.next(); work != null; work = ledger.next()) {
            TestReport classReport = ensureTestSet(work);
            error(work, classReport, reason, detail);
            close(work, classReport, null);
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

    private void error(Work work, TestReport subject, String message, String detail) {
        TestReport error = Ledger.errorReport(subject, message, detail);
        ledger.testEnded(work);
        ledger.failed(work, error);
        relay.test(work, EventType.TEST_ERROR, error);
    }

    private void close(Work work, TestReport classReport, Map<String, String> properties) {
        ledger.testSetClosed(work);
        relay.testSetCompleted(work, classReport, properties);
        relay.streamFinished(work);
        ledger.classDone(work);
    }
}
