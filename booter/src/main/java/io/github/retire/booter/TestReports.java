package io.github.retire.booter;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns the JUnit Platform's nodes into the reports the supervisor gets: the names stock Surefire
 * prints ({@link Naming}), a failure's texts ({@link FailureText}), the time since the node started,
 * and the plan below a class. Apart from {@link ReportingListener}, which decides when each event is
 * sent, so that what a report says is made in one place for every event that carries one.
 *
 * <p>JUnit's parallel mode calls from many threads at once; the plan changes only between executions.
 */
final class TestReports {
    private volatile TestPlan plan;
    private volatile Naming naming;
    /** When each started test and top-level class started, by unique id. */
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    /** Surefire 3.6's JUnit Platform provider names a class's own failure; 3.5 leaves the name empty. */
    private final boolean namesClassFailures = surefireAtLeast36(SimpleReportEntry.class.getPackage()
            .getImplementationVersion());
    /** Classes (report source names) with a passed test: their later failure is a teardown's. */
    private final Set<String> withPassedTests = ConcurrentHashMap.newKeySet();

    /** The execution that starts now runs this plan. */
    void plan(TestPlan testPlan) {
        plan = testPlan;
        naming = new Naming(testPlan);
    }

    TestPlan plan() {
        return plan;
    }

    Naming naming() {
        return naming;
    }

    /** The node starts now: its report's time counts from here. */
    void started(TestIdentifier id) {
        started.put(id.getUniqueId(), System.currentTimeMillis());
    }

    /** The node was skipped, not run: it has no time. */
    void forget(TestIdentifier id) {
        started.remove(id.getUniqueId());
    }

    /** Milliseconds since the node started, once: null when it never started or was timed already. */
    Integer elapsed(TestIdentifier id) {
        Long start = started.remove(id.getUniqueId());
        return start == null ? null : (int) (System.currentTimeMillis() - start);
    }

    TestReport ofClass(TestIdentifier id, Integer elapsed) {
        Naming.Names n = naming.ofClass(id);
        return new TestReport(id.getUniqueId(), n.sourceName, n.sourceText, null, null, null, null, null, null, null,
                elapsed);
    }

    /** A test passed. */
    TestReport passed(TestIdentifier id, Integer elapsed) {
        String sourceName = naming.of(id).sourceName;
        if (sourceName != null) {
            withPassedTests.add(sourceName);
        }
        return of(id, null, null, elapsed);
    }

    /**
     * @param result  null for a test that starts or is skipped
     * @param message the event's message: a skip's reason, a failure's exception text
     */
    TestReport of(TestIdentifier id, TestExecutionResult result, String message, Integer elapsed) {
        Naming.Names n = naming.of(id);
        Throwable t = result == null ? null : result.getThrowable().orElse(null);
        if (result == null || (t == null && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL)) {
            return new TestReport(id.getUniqueId(), n.sourceName, n.sourceText, n.name, n.nameText, message, null,
                    null, null, null, elapsed);
        }
        String name = n.name;
        String nameText = n.nameText;
        if (name == null && namesClassFailures && id.isContainer()) {
            // as Surefire 3.6's RunListenerAdapter: @BeforeAll's failure, or a teardown's after a test passed
            name = n.sourceName != null && withPassedTests.contains(n.sourceName) ? "executionError"
                    : "initializationError";
            nameText = null;
        }
        FailureText text = FailureText.of(n.sourceName, name, t);
        return new TestReport(id.getUniqueId(), n.sourceName, n.sourceText, name, nameText, message,
                text.exceptionMessage, text.smartTrimmedTrace, text.fullTrace, text.trimmedTrace, elapsed);
    }

    /** Whether Surefire's version (surefire-api's, the plugin's own) is 3.6 or later; unknown is not. */
    static boolean surefireAtLeast36(String version) {
        if (version == null) {
            return false;
        }
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 3 || (major == 3 && minor >= 6);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The static plan below a class, for the supervisor to work out what a dying worker left. */
    String planBelow(TestIdentifier classContainer) {
        StringBuilder lines = new StringBuilder();
        appendPlan(classContainer, lines);
        return lines.toString();
    }

    private void appendPlan(TestIdentifier node, StringBuilder lines) {
        for (TestIdentifier child : plan.getChildren(node)) {
            lines.append(child.isTest() ? "T " : "C ").append(child.getUniqueId()).append('\n');
            appendPlan(child, lines);
        }
    }
}
