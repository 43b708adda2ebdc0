package io.github.retire.booter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Streams a JUnit Platform execution to the supervisor as Surefire-shaped events. One test set
 * per top-level class: nested classes report into their outer class's test set, so per-class
 * totals count every test of the class.
 */
final class ReportingListener implements TestExecutionListener {
    /** Surefire reads an error's type from its trace's first line: this one names what happened. */
    static final String UNFINISHED = "io.github.retire.UnfinishedTest";

    private final Events events;
    /** Null in rehearsals, which must not write to the pipes. */
    private final NativeSync nativeSync;
    /** Null unless retire.onFailure is on. */
    private final Retirement retirement;
    /** Null unless retire.testTimeout is set. */
    private final TimeoutGuard timeouts;
    /** Null in rehearsals, which are never drained. */
    private final Drain drain;
    /** Top-level classes started and not finished: a drained retirement waits for the last one. */
    private final Set<String> openClasses = ConcurrentHashMap.newKeySet();
    /** Engines already named in the log for starting tests while drained. */
    private final Set<String> toldHeldBack = ConcurrentHashMap.newKeySet();
    private final Owners owners;
    private volatile TestPlan plan;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    /** Tests started and not reported ended yet, by unique id. */
    private final Map<String, TestIdentifier> running = new ConcurrentHashMap<>();
    private volatile Naming naming;
    /** What the running execution was asked for, which a skip reports (see {@link #reportSkipped}). */
    private volatile Scope scope = Scope.ALL;

    /** What an execution was asked for: which of its nodes a skip may report. */
    interface Scope {
        /** A whole class or classes: every node. */
        Scope ALL = new Scope() {
            @Override
            public boolean passes(TestIdentifier id) {
                return true;
            }

            @Override
            public boolean onTheWay(TestIdentifier id) {
                return false;
            }
        };

        /** Whether the node, or what is below it, may be reported. */
        boolean passes(TestIdentifier id);

        /** Whether the node is only on the way to what was asked for, and stands for nothing of its own. */
        boolean onTheWay(TestIdentifier id);
    }

    ReportingListener(Events events, NativeSync nativeSync, Retirement retirement, TimeoutGuard timeouts,
                      Drain drain) {
        this(events, nativeSync, retirement, timeouts, drain, new Owners());
    }

    /**
     * @param owners where the listener notes which test each thread runs, for the output capture;
     *               JUnit's parallel mode calls this listener from many threads at once
     */
    ReportingListener(Events events, NativeSync nativeSync, Retirement retirement, TimeoutGuard timeouts,
                      Drain drain, Owners owners) {
        this.owners = owners;
        this.events = events;
        this.nativeSync = nativeSync;
        this.retirement = retirement;
        this.timeouts = timeouts;
        this.drain = drain;
    }

    /** The execution that starts next was asked for this. */
    void scope(Scope asked) {
        scope = asked;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        naming = new Naming(testPlan);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        // A failure outside any top-level class (another engine's) retires once its execution is over.
        if (retirement != null && retirement.pending()) {
            retirement.retire();
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (drain != null && !drain.started(id.getUniqueId()) && plan.getParent(id).isPresent()) {
            heldBackNothing(id);
        }
        owners.entered(id.getUniqueId());
        if (timeouts != null) {
            timeouts.restart(id.getUniqueId());
        }
        if (naming.isTopLevelClass(id)) {
            started.put(id.getUniqueId(), System.currentTimeMillis());
            openClasses.add(id.getUniqueId());
            events.send(EventType.TESTSET_STARTING, classReport(id, null));
            events.send(EventType.PLAN, null, planBelow(id));
            events.flush();
        } else if (id.isTest()) {
            started.put(id.getUniqueId(), System.currentTimeMillis());
            running.put(id.getUniqueId(), id);
            events.send(EventType.TEST_STARTING, report(id, null, null, null));
            // Before the test runs: if it takes the JVM down, the supervisor knows which test it was.
            events.checkpoint();
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        try {
            finished(id, result);
        } finally {
            owners.left(id.getUniqueId());
        }
    }

    private void finished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            reportUnfinishedBelow(id, result);
        }
        Integer elapsed = elapsed(id);
        boolean topLevelClass = naming.isTopLevelClass(id);
        if (timeouts != null) {
            if (topLevelClass) {
                timeouts.stop();
            } else {
                // what runs next (teardown, @AfterAll) belongs to the enclosing container
                plan.getParent(id).ifPresent(parent -> timeouts.restart(parent.getUniqueId()));
            }
        }
        if (id.isTest() || topLevelClass || result.getStatus() == TestExecutionResult.Status.FAILED) {
            if (nativeSync != null) {
                nativeSync.mark();
            }
        }
        boolean failed = result.getStatus() == TestExecutionResult.Status.FAILED;
        if (failed && drain != null) {
            // Counted before it is sent: the supervisor, once it has the failure, tells how many are left
            // across all workers, and a tell that came first would have this failure counted twice.
            drain.failed();
        }
        switch (result.getStatus()) {
            case SUCCESSFUL:
                if (id.isTest()) {
                    events.send(EventType.TEST_SUCCEEDED, report(id, null, null, elapsed));
                }
                break;
            case ABORTED:
                if (id.isTest()) {
                    events.send(EventType.TEST_ASSUMPTION_FAILURE, report(id, result, null, elapsed));
                }
                break;
            case FAILED:
            default:
                Throwable t = result.getThrowable().orElse(null);
                EventType type = t instanceof AssertionError ? EventType.TEST_FAILED : EventType.TEST_ERROR;
                events.send(type, report(id, result, FailureText.message(t), elapsed));
                break;
        }
        running.remove(id.getUniqueId());
        if (failed && retirement != null) {
            // The worker drains: what runs finishes here, with its classes' @AfterAll; what has not
            // started moves on. RETIRE waits until the last class that ran here has ended.
            retirement.failed(id.getUniqueId());
            drain.stop();
        }
        if (topLevelClass) {
            openClasses.remove(id.getUniqueId());
            boolean retiring = retirement != null && retirement.pending();
            if (retiring && openClasses.isEmpty()) {
                // no TESTSET_COMPLETED: the test set stays open for the worker that carries on
                retirement.retire();
            }
            if (!retiring) {
                // A class that ends while the worker drains for a retirement (classes side by side) may
                // have tests the drain held back: its test set stays open too, until the supervisor knows.
                events.send(EventType.TESTSET_COMPLETED, classReport(id, elapsed));
            }
        }
        if (id.isTest() || topLevelClass) {
            // a test's end stays in the journal until the next flush; a class's end goes out with the
            // CLASS_DONE after it
            events.checkpoint();
        }
    }

    /**
     * A node started although the worker was drained before it was let through: its engine cannot be
     * held back (Vintage and dynamic tests on platform 1.x, other engines). A retiring worker then
     * retires at once, before the node runs, as it did before drains: the node and what follows run in
     * the fresh JVM, and the classes' @AfterAll do not run here. Under skipAfterFailureCount alone the
     * node runs: it can only be reported.
     */
    private void heldBackNothing(TestIdentifier id) {
        String uid = id.getUniqueId();
        String engine = uid.replaceFirst("^\\[engine:([^\\]]*)].*$", "$1");
        String kind = uid.replaceFirst("^.*\\[([^:\\]]*):[^\\]]*]$", "$1");
        boolean retiring = retirement != null && retirement.pending();
        if (toldHeldBack.add(engine + " " + kind)) {
            events.send(EventType.LOG, null, "INFO", "the " + engine + " engine's " + kind + " nodes cannot be held"
                    + " back on this JUnit version once a worker drains: " + (retiring
                    ? "a retiring worker leaves before the next one starts, without its class's @AfterAll"
                    : "those not started when skipAfterFailureCount was reached run all the same"));
        }
        if (retiring) {
            retirement.retire();
        }
    }

    /**
     * Reports each test below a container that ends that started and was never reported ended: JUnit
     * skips a test's end when a listener of its own throws (its stack-trace pruning, on a throwable
     * whose getCause throws), and so does a listener here that threw, and the test would vanish. Each
     * becomes an error that says so, with what the container ended with, and counts as a failure: under
     * retire.onFailure the worker drains and retires.
     */
    private void reportUnfinishedBelow(TestIdentifier container, TestExecutionResult result) {
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
            Naming.Names n = naming.of(test);
            String trace = UNFINISHED + ": " + message + "\n"
                    + (cause == null ? "" : "Caused by: " + FailureText.of(n.sourceName, n.name, cause).fullTrace);
            String simpleClass = n.sourceName.substring(n.sourceName.lastIndexOf('.') + 1);
            if (drain != null) {
                drain.failed(); // before it is sent, as above
            }
            events.send(EventType.TEST_ERROR, new TestReport(test.getUniqueId(), n.sourceName, n.sourceText, n.name,
                    n.nameText, message, message, simpleClass + "." + n.name + " » " + message, trace, trace,
                    elapsed(test)));
            if (retirement != null) {
                retirement.failed(test.getUniqueId());
                drain.stop();
            }
        }
        events.checkpoint();
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        started.remove(id.getUniqueId());
        if (drain != null) {
            drain.skipped(id.getUniqueId());
            if (retirement != null && retirement.pending() && !drain.failFast()) {
                // drained for a retirement: it runs, or is skipped, in the worker that carries on
                return;
            }
        }
        boolean topLevel = Naming.isClass(id) && naming.isTopLevelClass(id);
        if (topLevel) {
            events.send(EventType.TESTSET_STARTING, classReport(id, null));
        }
        reportSkipped(id, reason, scope);
        if (topLevel) {
            events.send(EventType.TESTSET_COMPLETED, classReport(id, null));
        }
        events.checkpoint();
    }

    /**
     * As stock: a skipped class is each of its children skipped (a parameterized method one entry), any
     * other node itself. A node only on the way to what a continuation named (its class, a parameterized
     * method whose later invocations it selected by index) stands for what was named below it and nothing
     * else: a drained worker given that continuation reports neither the method nor the invocations that
     * were never generated, and no test reported before.
     */
    private void reportSkipped(TestIdentifier id, String reason, Scope in) {
        if (in.onTheWay(id)) {
            for (TestIdentifier child : currentPlanChildren(id)) {
                if (in.passes(child)) {
                    reportSkipped(child, reason, in);
                }
            }
        } else if (Naming.isClass(id)) {
            for (TestIdentifier child : currentPlanChildren(id)) {
                if (in.passes(child)) {
                    events.send(EventType.TEST_SKIPPED, report(child, null, reason, null));
                }
            }
        } else {
            events.send(EventType.TEST_SKIPPED, report(id, null, reason, null));
        }
    }

    /** The static plan below a class, for the supervisor to work out what a dying worker left. */
    private String planBelow(TestIdentifier classContainer) {
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

    private Iterable<TestIdentifier> currentPlanChildren(TestIdentifier id) {
        return naming.children(id);
    }

    private TestReport classReport(TestIdentifier id, Integer elapsed) {
        Naming.Names n = naming.ofClass(id);
        return new TestReport(id.getUniqueId(), n.sourceName, n.sourceText, null, null, null, null, null, null, null,
                elapsed);
    }

    private TestReport report(TestIdentifier id, TestExecutionResult result, String message, Integer elapsed) {
        Naming.Names n = naming.of(id);
        Throwable t = result == null ? null : result.getThrowable().orElse(null);
        if (result == null || (t == null && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL)) {
            return new TestReport(id.getUniqueId(), n.sourceName, n.sourceText, n.name, n.nameText, message, null,
                    null, null, null, elapsed);
        }
        FailureText text = FailureText.of(n.sourceName, n.name, t);
        return new TestReport(id.getUniqueId(), n.sourceName, n.sourceText, n.name, n.nameText, message,
                text.exceptionMessage, text.smartTrimmedTrace, text.fullTrace, text.trimmedTrace, elapsed);
    }

    private Integer elapsed(TestIdentifier id) {
        Long start = started.remove(id.getUniqueId());
        return start == null ? null : (int) (System.currentTimeMillis() - start);
    }
}
