package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.retire.provider.work.Work;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.apiguardian.api.API;

/**
 * Hands worker events to Surefire's reporter. Surefire's reporter for one fork follows one test set
 * at a time, while several workers run classes side by side, so the relay streams one class live
 * and holds the others' events until it is their turn. With one worker nothing is ever held. A
 * stream is a class's test set (see {@link Work#stream}). What a waiting class prints and its other
 * events (a few per test, with their messages and stack traces) are held together in a {@link Spool},
 * in the order they came, so they go to disk beyond {@link Holding#MEMORY_BYTES} and come back in
 * that order when the class's turn comes.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Relay {
    private static final RunMode[] RUN_MODES = RunMode.values();
    private static final EventType[] KINDS = EventType.values();
    private final TestReportListener<TestOutputReportEntry> reporter;
    /** Classes waiting for their turn, in the order they started, with their held events. */
    private final Map<String, Held> waiting = new LinkedHashMap<>();
    private final RunHistory history;
    private final Holding holding;
    private String live;
    private long nextRunId = 1;

    /** A waiting class's events and output, in the order they came, all in one {@link Spool}. */
    private static final class Held {
        final Spool events;
        boolean complete;

        Held(Spool events) {
            this.events = events;
        }
    }

    public Relay(TestReportListener<TestOutputReportEntry> reporter) {
        this(reporter, null, Holding.inMemory());
    }

    /**
     * @param history where test ends are recorded for stock's run history file too; null for none
     * @param holding where the events and output of classes waiting for their turn are kept
     */
    public Relay(TestReportListener<TestOutputReportEntry> reporter, RunHistory history, Holding holding) {
        this.reporter = reporter;
        this.history = history;
        this.holding = holding;
    }

    public Holding holding() {
        return holding;
    }

    public void testSetStarting(Work work, TestReport r) {
        emit(work, EventType.TESTSET_STARTING, r, null);
    }

    public void testSetCompleted(Work work, TestReport r, Map<String, String> systemProperties) {
        emit(work, EventType.TESTSET_COMPLETED, r, systemProperties);
    }

    public void test(Work work, EventType type, TestReport r) {
        switch (type) {
            case TEST_STARTING:
            case TEST_SUCCEEDED:
            case TEST_FAILED:
            case TEST_ERROR:
            case TEST_SKIPPED:
            case TEST_ASSUMPTION_FAILURE:
                break;
            default:
                throw new IllegalArgumentException(type.toString());
        }
        long runId = nextRunId++;
        if (history != null) {
            history.ended(type, entry(work.runMode, runId, r, null));
        }
        emit(work, type, runId, r, null);
    }

    public void output(Work work, boolean stdout, String text, boolean newLine) {
        if (goesLive(work.stream)) {
            reporter.writeTestOutput(new TestOutputReportEntry(text, stdout, newLine, work.runMode, null));
        } else {
            held(work.stream).events.add(new Spool.Item(work.runMode.ordinal(), stdout, newLine, text));
        }
    }

    /** The stream will send nothing more: let the next one through. */
    public void streamFinished(Work work) {
        String stream = work.stream;
        if (stream.equals(live)) {
            live = null;
            promote();
        } else {
            Held held = waiting.get(stream);
            if (held != null) {
                held.complete = true;
            }
        }
    }

    private void emit(Work work, EventType type, TestReport r, Map<String, String> systemProperties) {
        emit(work, type, nextRunId++, r, systemProperties);
    }

    private void emit(Work work, EventType type, long runId, TestReport r, Map<String, String> systemProperties) {
        if (goesLive(work.stream)) {
            report(type, entry(work.runMode, runId, r, systemProperties));
        } else {
            held(work.stream).events.add(new Spool.Event(work.runMode.ordinal(), type.ordinal(), runId, r,
                    systemProperties));
        }
    }

    private void report(EventType type, SimpleReportEntry entry) {
        switch (type) {
            case TESTSET_STARTING:
                reporter.testSetStarting(entry);
                break;
            case TESTSET_COMPLETED:
                reporter.testSetCompleted(entry);
                break;
            case TEST_STARTING:
                reporter.testStarting(entry);
                break;
            case TEST_SUCCEEDED:
                reporter.testSucceeded(entry);
                break;
            case TEST_FAILED:
                reporter.testFailed(entry);
                break;
            case TEST_ERROR:
                reporter.testError(entry);
                break;
            case TEST_SKIPPED:
                reporter.testSkipped(entry);
                break;
            case TEST_ASSUMPTION_FAILURE:
                reporter.testAssumptionFailure(entry);
                break;
            default:
                throw new IllegalArgumentException(type.toString());
        }
    }

    private void replay(Held held) {
        for (Spool.Item item = held.events.poll(); item != null; item = held.events.poll()) {
            if (item instanceof Spool.Event) {
                Spool.Event e = (Spool.Event) item;
                report(KINDS[e.kind], entry(RUN_MODES[e.mark], e.runId, e.report, e.properties));
            } else {
                reporter.writeTestOutput(new TestOutputReportEntry(item.text, item.stdout, item.newLine,
                        RUN_MODES[item.mark], null));
            }
        }
    }

    private boolean goesLive(String stream) {
        if (live == null && !waiting.containsKey(stream)) {
            live = stream;
        }
        return stream.equals(live);
    }

    private Held held(String stream) {
        return waiting.computeIfAbsent(stream, k -> new Held(holding.spool()));
    }

    /** Flushes finished classes in order, then makes the oldest unfinished one live. */
    private void promote() {
        Iterator<Map.Entry<String, Held>> it = waiting.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Held> next = it.next();
            it.remove();
            replay(next.getValue());
            if (!next.getValue().complete) {
                live = next.getKey();
                return;
            }
        }
    }

    private static SimpleReportEntry entry(RunMode runMode, long runId, TestReport r,
                                           Map<String, String> systemProperties) {
        return new SimpleReportEntry(runMode, runId, r.sourceName(), r.sourceText(), r.name(), r.nameText(),
                r.hasFailure() ? new RemoteStackTrace(r) : null, r.elapsed(), r.message(),
                systemProperties == null ? Collections.emptyMap() : systemProperties);
    }
}
