package io.github.retire.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;

/**
 * Hands worker events to Surefire's reporter. Surefire's reporter for one fork follows one test set
 * at a time, while several workers run classes side by side, so the relay streams one class live
 * and holds the others' events until it is their turn. With one worker nothing is ever held. A
 * stream is a class's test set (see {@link Work#stream}).
 */
final class Relay {
    private final TestReportListener<TestOutputReportEntry> reporter;
    /** Classes waiting for their turn, in the order they started, with their held events. */
    private final Map<String, Held> waiting = new LinkedHashMap<>();
    private final RunHistory history;
    private String live;
    private long nextRunId = 1;

    private static final class Held {
        final List<Consumer<TestReportListener<TestOutputReportEntry>>> events = new ArrayList<>();
        boolean complete;
    }

    Relay(TestReportListener<TestOutputReportEntry> reporter) {
        this(reporter, null);
    }

    /** @param history where test ends are recorded for stock's run history file too; null for none */
    Relay(TestReportListener<TestOutputReportEntry> reporter, RunHistory history) {
        this.reporter = reporter;
        this.history = history;
    }

    void testSetStarting(Work work, TestReport r) {
        SimpleReportEntry entry = entry(work, r, null);
        emit(work.stream, l -> l.testSetStarting(entry));
    }

    void testSetCompleted(Work work, TestReport r, Map<String, String> systemProperties) {
        SimpleReportEntry entry = entry(work, r, systemProperties);
        emit(work.stream, l -> l.testSetCompleted(entry));
    }

    void test(Work work, EventType type, TestReport r) {
        SimpleReportEntry entry = entry(work, r, null);
        String testClass = work.stream;
        if (history != null) {
            history.ended(type, entry);
        }
        switch (type) {
            case TEST_STARTING:
                emit(testClass, l -> l.testStarting(entry));
                break;
            case TEST_SUCCEEDED:
                emit(testClass, l -> l.testSucceeded(entry));
                break;
            case TEST_FAILED:
                emit(testClass, l -> l.testFailed(entry));
                break;
            case TEST_ERROR:
                emit(testClass, l -> l.testError(entry));
                break;
            case TEST_SKIPPED:
                emit(testClass, l -> l.testSkipped(entry));
                break;
            case TEST_ASSUMPTION_FAILURE:
                emit(testClass, l -> l.testAssumptionFailure(entry));
                break;
            default:
                throw new IllegalArgumentException(type.toString());
        }
    }

    void output(Work work, boolean stdout, String text, boolean newLine) {
        TestOutputReportEntry entry = new TestOutputReportEntry(text, stdout, newLine, work.runMode, null);
        emit(work.stream, l -> l.writeTestOutput(entry));
    }

    /** The stream will send nothing more: let the next one through. */
    void streamFinished(Work work) {
        String testClass = work.stream;
        if (testClass.equals(live)) {
            live = null;
            promote();
        } else {
            Held held = waiting.get(testClass);
            if (held != null) {
                held.complete = true;
            }
        }
    }

    private void emit(String testClass, Consumer<TestReportListener<TestOutputReportEntry>> event) {
        if (live == null && !waiting.containsKey(testClass)) {
            live = testClass;
        }
        if (testClass.equals(live)) {
            event.accept(reporter);
        } else {
            waiting.computeIfAbsent(testClass, k -> new Held()).events.add(event);
        }
    }

    /** Flushes finished classes in order, then makes the oldest unfinished one live. */
    private void promote() {
        Iterator<Map.Entry<String, Held>> it = waiting.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Held> next = it.next();
            it.remove();
            next.getValue().events.forEach(e -> e.accept(reporter));
            if (!next.getValue().complete) {
                live = next.getKey();
                return;
            }
        }
    }

    private SimpleReportEntry entry(Work work, TestReport r, Map<String, String> systemProperties) {
        return new SimpleReportEntry(work.runMode, nextRunId++, r.sourceName(), r.sourceText(), r.name(),
                r.nameText(), r.hasFailure() ? new RemoteStackTrace(r) : null, r.elapsed(), r.message(),
                systemProperties == null ? Collections.emptyMap() : systemProperties);
    }
}
