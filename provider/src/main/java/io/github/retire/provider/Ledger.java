package io.github.retire.provider;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;

/**
 * What is left to run and what has happened: the classes not yet handed out, and the counts the
 * end-of-run summary prints. Touched only by the supervisor thread.
 */
final class Ledger {
    private final Deque<String> pending;
    private int classesDone;
    private int workersStarted;
    private int crashes;
    private int tests;

    Ledger(Collection<String> classes) {
        this.pending = new ArrayDeque<>(classes);
    }

    /** The next class to hand out, or null. */
    String nextClass() {
        return pending.poll();
    }

    int pendingClasses() {
        return pending.size();
    }

    void classDone(String testClass) {
        classesDone++;
    }

    void workerStarted() {
        workersStarted++;
    }

    void crashed() {
        crashes++;
    }

    void recordOutcome(EventType type) {
        tests++;
    }

    String summary() {
        return "[retire] " + tests + " tests in " + classesDone + " classes; " + workersStarted + " worker"
                + (workersStarted == 1 ? "" : "s") + " started, " + crashes + " crash" + (crashes == 1 ? "" : "es");
    }

    /** An error entry for a test (or class) that the run could not complete, carrying why. */
    static TestReport errorReport(TestReport subject, String message, String detail) {
        return new TestReport(subject.uniqueId(), subject.sourceName(), subject.sourceText(), subject.name(),
                subject.nameText(), message, message, message, detail, detail, null);
    }
}
