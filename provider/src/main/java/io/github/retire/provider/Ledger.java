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
    /** Each stream whose test set is open in the reports: its class-level report and when it opened. */
    private final Map<String, OpenSet> openTestSets = new HashMap<>();

    private static final class OpenSet {
        final TestReport report;
        final long openedNanos = System.nanoTime();
        /** Whether more than one worker ran its tests: only then the supervisor times it. */
        boolean continued;

        OpenSet(TestReport report) {
            this.report = report;
        }
    }
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
    private int normalFailures;

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

    /**
     * Next in line: what a departed worker left of its class, the next window of a class, or work a
     * worker was sent ahead and never started.
     */
    void continueFirst(Work work) {
        OpenSet open = openTestSets.get(work.stream);
        if (open != null) {
            open.continued = true;
        }
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
        openTestSets.put(work.stream, new OpenSet(classReport));
    }

    /** When the stream's test set opened (System.nanoTime), or now when it is not open. */
    long openedNanos(Work work) {
        OpenSet open = openTestSets.get(work.stream);
        return open == null ? System.nanoTime() : open.openedNanos;
    }

    /** The report a stream's open test set was opened with, or null. */
    TestReport openTestSet(Work work) {
        OpenSet open = openTestSets.get(work.stream);
        return open == null ? null : open.report;
    }

    /**
     * Marks the test set closed.
     *
     * @param closing the class-level report to close it with (the worker's), or null for the one it
     *                was opened with
     * @return the report to close it with, or null when it was not open. A test set whose tests ran in
     *         several workers is timed from its opening here, not by the last worker's part.
     */
    TestReport testSetClosed(Work work, TestReport closing) {
        OpenSet open = openTestSets.remove(work.stream);
        if (open == null) {
            return closing;
        }
        TestReport report = closing != null ? closing : open.report;
        if (open.continued || closing == null) {
            report = report.withElapsed((int) ((System.nanoTime() - open.openedNanos) / 1_000_000L));
        }
        return report;
    }

    /** A test (or container) of this work failed or errored: a candidate for the next rerun round. */
    void failed(Work work, TestReport report) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            normalFailures++;
        }
        if (rerunRounds > 0 && report.uniqueId() != null
                && (work.runMode == RunMode.NORMAL_RUN || rerunRound > 0)) {
            failedThisRound.put(report.uniqueId(), work.testClass);
        }
    }

    /** Failures and errors of normal runs (not reruns), for skipAfterFailureCount. */
    int normalFailures() {
        return normalFailures;
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
    static TestReport errorReport(TestReport subject, String message, String detail, int elapsedMillis) {
        return new TestReport(subject.uniqueId(), subject.sourceName(), subject.sourceText(), subject.name(),
                subject.nameText(), message, message, message, detail, detail, elapsedMillis);
    }
}
