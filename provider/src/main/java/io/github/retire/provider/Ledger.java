package io.github.retire.provider;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.retire.wire.TestReport;

/**
 * What is left to run and what has happened. Work is handed out from one queue; what a retired
 * worker left of a class goes to the front, so the class finishes first and stays one test set.
 * Touched only by the supervisor thread.
 */
final class Ledger {
    /** A class to run whole, or the unique ids of some of its tests. */
    static final class Work {
        final String testClass;
        final List<String> uniqueIds;

        Work(String testClass, List<String> uniqueIds) {
            this.testClass = testClass;
            this.uniqueIds = uniqueIds;
        }

        boolean wholeClass() {
            return uniqueIds.isEmpty();
        }
    }

    private final Deque<Work> pending = new ArrayDeque<>();
    /** The class-level report of each class whose test set is open in the reports. */
    private final Map<String, TestReport> openTestSets = new HashMap<>();
    private int classesDone;
    private int workersStarted;
    private int retirements;
    private int crashes;
    private int tests;

    Ledger(Collection<String> classes) {
        for (String c : classes) {
            pending.add(new Work(c, Collections.emptyList()));
        }
    }

    /** The next work to hand out, or null. */
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

    boolean testSetOpen(String testClass) {
        return openTestSets.containsKey(testClass);
    }

    void testSetOpened(String testClass, TestReport classReport) {
        openTestSets.put(testClass, classReport);
    }

    /** The report a class's open test set was opened with, or null. */
    TestReport openTestSet(String testClass) {
        return openTestSets.get(testClass);
    }

    /** Marks the test set closed and returns the report it was opened with. */
    TestReport testSetClosed(String testClass) {
        return openTestSets.remove(testClass);
    }

    void classDone() {
        classesDone++;
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

    void testEnded() {
        tests++;
    }

    String summary() {
        return "[retire] " + tests + " tests in " + classesDone + " classes; " + plural(workersStarted, "worker")
                + " started, " + plural(retirements, "retirement") + ", " + plural(crashes, "crash");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") ? "es" : "s");
    }

    /** An error entry for a test (or class) that the run could not complete, carrying why. */
    static TestReport errorReport(TestReport subject, String message, String detail) {
        return new TestReport(subject.uniqueId(), subject.sourceName(), subject.sourceText(), subject.name(),
                subject.nameText(), message, message, message, detail, detail, null);
    }
}
