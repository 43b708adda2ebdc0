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
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;

/**
 * Hands worker events to Surefire's reporter. Surefire's reporter for one fork follows one test set
 * at a time, while several workers run classes side by side, so the relay streams one class live
 * and holds the others' events until it is their turn. With one worker nothing is ever held. A
 * stream is a class's test set (see {@link Work#stream}). What a waiting class prints is held in a
 * {@link Spool}, so it goes to disk beyond {@link Holding#MEMORY_BYTES}; its other events (a few per
 * test) stay in memory, each run of output between them one entry.
 */
final class Relay {
    private static final RunMode[] RUN_MODES = RunMode.values();
    private final TestReportListener<TestOutputReportEntry> reporter;
    /** Classes waiting for their turn, in the order they started, with their held events. */
    private final Map<String, Held> waiting = new LinkedHashMap<>();
    private final RunHistory history;
    private final Holding holding;
    private String live;
    private long nextRunId = 1;

    private static final class Held {
        /** Events, and for each run of output in between how many items of {@link #output} it has. */
        final List<Object> events = new ArrayList<>();
        final Spool output;
        boolean complete;

        Held(Spool output) {
            this.output = output;
        }

        void output(Spool.Item item) {
            output.add(item);
            int last = events.size() - 1;
            if (last >= 0 && events.get(last) instanceof int[]) {
                ((int[]) events.get(last))[0]++;
            } else {
                events.add(new int[] {1});
            }
        }

        @SuppressWarnings("unchecked")
        void replay(TestReportListener<TestOutputReportEntry> reporter) {
            for (Object event : events) {
                if (event instanceof int[]) {
                    for (int i = ((int[]) event)[0]; i > 0; i--) {
                        Spool.Item o = output.poll();
                        reporter.writeTestOutput(new TestOutputReportEntry(o.text, o.stdout, o.newLine,
                                RUN_MODES[o.mark], null));
                    }
                } else {
                    ((Consumer<TestReportListener<TestOutputReportEntry>>) event).accept(reporter);
                }
            }
        }
    }

    Relay(TestReportListener<TestOutputReportEntry> reporter) {
        this(reporter, null, Holding.inMemory());
    }

    /**
     * @param history where test ends are recorded for stock's run history file too; null for none
     * @param holding where the output of classes waiting for their turn is kept
     */
    Relay(TestReportListener<TestOutputReportEntry> reporter, RunHistory history, Holding holding) {
        this.reporter = reporter;
        this.history = history;
        this.holding = holding;
    }

    Holding holding() {
        return holding;
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
        if (goesLive(work.stream)) {
            reporter.writeTestOutput(new TestOutputReportEntry(text, stdout, newLine, work.runMode, null));
        } else {
            held(work.stream).output(new Spool.Item(work.runMode.ordinal(), stdout, newLine, text));
        }
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
        if (goesLive(testClass)) {
            event.accept(reporter);
        } else {
            held(testClass).events.add(event);
        }
    }

    private boolean goesLive(String testClass) {
        if (live == null && !waiting.containsKey(testClass)) {
            live = testClass;
        }
        return testClass.equals(live);
    }

    private Held held(String testClass) {
        return waiting.computeIfAbsent(testClass, k -> new Held(holding.spool()));
    }

    /** Flushes finished classes in order, then makes the oldest unfinished one live. */
    private void promote() {
        Iterator<Map.Entry<String, Held>> it = waiting.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Held> next = it.next();
            it.remove();
            next.getValue().replay(reporter);
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
