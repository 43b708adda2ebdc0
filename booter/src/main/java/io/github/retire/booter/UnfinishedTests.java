package io.github.retire.booter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The tests that started and were never reported ended: JUnit skips a test's end when a listener of
 * its own throws (its stack-trace pruning, on a throwable whose getCause throws), and so does a
 * listener here that threw, and the test would vanish. When a container above one ends, each becomes
 * an error that says so, with what the container ended with, and counts as a failure: under
 * retire.onFailure the worker drains and retires. Apart from {@link ReportingListener} because it is
 * a safety net beside the normal flow of events, with its own bookkeeping.
 */
final class UnfinishedTests {
    /** Surefire reads an error's type from its trace's first line: this one names what happened. */
    static final String UNFINISHED = "io.github.retire.UnfinishedTest";

    private final Events events;
    private final TestReports reports;
    /** Null unless retire.onFailure is on. */
    private final Retirement retirement;
    /** Null in rehearsals, which are never drained. */
    private final Drain drain;
    /** Tests started and not reported ended yet, by unique id. */
    private final Map<String, TestIdentifier> running = new ConcurrentHashMap<>();

    UnfinishedTests(Events events, TestReports reports, Retirement retirement, Drain drain) {
        this.events = events;
        this.reports = reports;
        this.retirement = retirement;
        this.drain = drain;
    }

    void started(TestIdentifier test) {
        running.put(test.getUniqueId(), test);
    }

    void ended(TestIdentifier test) {
        running.remove(test.getUniqueId());
    }

    /** Reports each test below the container that ends that started and was never reported ended. */
    void reportBelow(TestIdentifier container, TestExecutionResult result) {
        if (running.isEmpty()) {
            // so at each container's end when tests run one at a time and JUnit reported every end: skip the walk
            return;
        }
        String prefix = container.getUniqueId() + "/";
        List<TestIdentifier> lost = new ArrayList<>();
        for (TestIdentifier test : running.values()) {
            if (test.getUniqueId().startsWith(prefix)) {
                lost.add(test);
            }
        }
        if (lost.isEmpty()) {
            return;
        }
        Throwable cause = result.getThrowable().orElse(null);
        String message = "JUnit reported no end for this test; " + (cause == null ? "its container ended normally"
                : "its container ended with " + FailureText.headline(cause));
        for (TestIdentifier test : lost) {
            running.remove(test.getUniqueId());
            Naming.Names n = reports.naming().of(test);
            String trace = UNFINISHED + ": " + message + "\n"
                    + (cause == null ? "" : "Caused by: " + FailureText.of(n.sourceName, n.name, cause).fullTrace);
            String simpleClass = n.sourceName.substring(n.sourceName.lastIndexOf('.') + 1);
            if (drain != null) {
                // Counted before it is sent, as any failure (see ReportingListener's finished).
                drain.failed();
            }
            events.send(EventType.TEST_ERROR, new TestReport(test.getUniqueId(), n.sourceName, n.sourceText, n.name,
                    n.nameText, message, message, simpleClass + "." + n.name + " » " + message, trace, trace,
                    reports.elapsed(test)));
            if (retirement != null) {
                retirement.failed(test.getUniqueId());
                drain.stop();
            }
        }
        events.checkpoint();
    }
}
