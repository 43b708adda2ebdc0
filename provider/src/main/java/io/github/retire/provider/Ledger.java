package io.github.retire.provider;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.RunMode;

/**
 * What is left to run and what has happened. Work is handed out from one queue; what a retired
 * worker left of a class goes to the front, so the class finishes first and stays one test set.
 * Failed tests are remembered for Surefire's rerunFailingTestsCount, round by round as stock does.
 * Touched only by the supervisor thread.
 */
final class Ledger {
    private final Deque<Work> pending = new ArrayDeque<>();
    /** The class-level report of each stream whose test set is open in the reports. */
    private final Map<String, TestReport> openTestSets = new HashMap<>();
    private final int rerunRounds;
    private int rerunRound;
    /** Failed tests of the current round, by unique id, with their class. */
    private Map<String, String> failedThisRound = new LinkedHashMap<>();
    private int classesDone;
    private int workersStarted;
    private int retirements;
    private int crashes;
    private int timeouts;
    private int tests;

    Ledger(Collection<String> classes, int rerunRounds) {
        for (String c : classes) {
            pending.add(Work.wholeClass(c));
        }
        this.rerunRounds = rerunRounds;
    }

    /** The next work to hand out without taking it, or null. */
    Work peek() {
        return pending.peek();
    }

    Work next() {
        return pending.poll();
    }

    /** What a retired worker left: next in line. */
    void continueFirst(Work work) {
        pending.addFirst(work);
    }

    int pendingWork() {
        return pending.size();
    }

    /**
     * Called when nothing is pending or running: queues the next round of reruns of the tests that
     * failed in the last round.
     *
     * @return whether there is new work
     */
    boolean startRerunRound() {
        if (rerunRound >= rerunRounds || failedThisRound.isEmpty()) {
            return false;
        }
        rerunRound++;
        for (Map.Entry<String, String> failed : failedThisRound.entrySet()) {
            pending.add(Work.rerun(failed.getValue(), failed.getKey(), rerunRound));
        }
        failedThisRound = new LinkedHashMap<>();
        return true;
    }

    boolean testSetOpen(Work work) {
        return openTestSets.containsKey(work.stream);
    }

    void testSetOpened(Work work, TestReport classReport) {
        openTestSets.put(work.stream, classReport);
    }

    /** The report a stream's open test set was opened with, or null. */
    TestReport openTestSet(Work work) {
        return openTestSets.get(work.stream);
    }

    /** Marks the test set closed and returns the report it was opened with, or null. */
    TestReport testSetClosed(Work work) {
        return openTestSets.remove(work.stream);
    }

    /** A test (or container) of this work failed or errored: a candidate for the next rerun round. */
    void failed(Work work, TestReport report) {
        if (rerunRounds > 0 && report.uniqueId() != null
                && (work.runMode == RunMode.NORMAL_RUN || rerunRound > 0)) {
            failedThisRound.put(report.uniqueId(), work.testClass);
        }
    }

    void classDone(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            classesDone++;
        }
    }

    void workerStarted() {
        workersStarted++;
    }

    void retired() {
        retirements++;
    }

    void crashed() {
        crashes++;
    }

    void timedOut() {
        timeouts++;
    }

    void testEnded(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            tests++;
        }
    }

    String summary() {
        return "[retire] " + plural(tests, "test") + " in " + plural(classesDone, "class") + (rerunRound > 0 ? " (then "
                + plural(rerunRound, "rerun round") + ")" : "") + "; " + plural(workersStarted, "worker")
                + " started, " + plural(retirements, "retirement") + ", " + plural(crashes, "crash") + ", "
                + plural(timeouts, "timeout");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") || word.endsWith("ss") ? "es" : "s");
    }

    /** An error entry for a test (or class) that the run could not complete, carrying why. */
    static TestReport errorReport(TestReport subject, String message, String detail) {
        return new TestReport(subject.uniqueId(), subject.sourceName(), subject.sourceText(), subject.name(),
                subject.nameText(), message, message, message, detail, detail, null);
    }
}
