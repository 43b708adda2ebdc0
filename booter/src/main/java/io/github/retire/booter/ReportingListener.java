package io.github.retire.booter;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.retire.wire.EventType;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Streams a JUnit Platform execution to the supervisor as Surefire-shaped events. One test set
 * per top-level class: nested classes report into their outer class's test set, so per-class
 * totals count every test of the class. This class decides which event goes when, and what a
 * failure sets off (a drain, a retirement); what a report says is made by {@link TestReports}, and
 * tests JUnit never ended are caught by {@link UnfinishedTests}.
 */
final class ReportingListener implements TestExecutionListener {
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
    private final TestReports reports = new TestReports();
    private final UnfinishedTests unfinished;
    /** What the running execution was asked for, which a skip reports (see {@link #reportSkipped}). */
    private volatile ReportScope scope = ReportScope.ALL;

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
        this.unfinished = new UnfinishedTests(events, reports, retirement, drain);
    }

    /** The execution that starts next was asked for this. */
    void scope(ReportScope asked) {
        scope = asked;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        reports.plan(testPlan);
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
        if (drain != null && !drain.started(id.getUniqueId()) && reports.plan().getParent(id).isPresent()) {
            heldBackNothing(id);
        }
        owners.entered(id.getUniqueId());
        if (timeouts != null) {
            timeouts.restart(id.getUniqueId());
        }
        if (reports.naming().isTopLevelClass(id)) {
            reports.started(id);
            openClasses.add(id.getUniqueId());
            events.send(EventType.TESTSET_STARTING, reports.ofClass(id, null));
            events.send(EventType.PLAN, null, reports.planBelow(id));
            events.flush();
        } else if (id.isTest()) {
            reports.started(id);
            unfinished.started(id);
            events.send(EventType.TEST_STARTING, reports.of(id, null, null, null));
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
            unfinished.reportBelow(id, result);
        }
        Integer elapsed = reports.elapsed(id);
        boolean topLevelClass = reports.naming().isTopLevelClass(id);
        if (timeouts != null) {
            if (topLevelClass) {
                timeouts.stop();
            } else {
                // what runs next (teardown, @AfterAll) belongs to the enclosing container
                reports.plan().getParent(id).ifPresent(parent -> timeouts.restart(parent.getUniqueId()));
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
                    events.send(EventType.TEST_SUCCEEDED, reports.passed(id, elapsed));
                }
                break;
            case ABORTED:
                if (id.isTest()) {
                    events.send(EventType.TEST_ASSUMPTION_FAILURE, reports.of(id, result, null, elapsed));
                }
                break;
            case FAILED:
            default:
                Throwable t = result.getThrowable().orElse(null);
                EventType type = t instanceof AssertionError ? EventType.TEST_FAILED : EventType.TEST_ERROR;
                events.send(type, reports.of(id, result, FailureText.message(t), elapsed));
                break;
        }
        unfinished.ended(id);
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
                events.send(EventType.TESTSET_COMPLETED, reports.ofClass(id, elapsed));
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

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        reports.forget(id);
        if (drain != null) {
            drain.skipped(id.getUniqueId());
            if (retirement != null && retirement.pending() && !drain.failFast()) {
                // drained for a retirement: it runs, or is skipped, in the worker that carries on
                return;
            }
        }
        boolean topLevel = Naming.isClass(id) && reports.naming().isTopLevelClass(id);
        if (topLevel) {
            events.send(EventType.TESTSET_STARTING, reports.ofClass(id, null));
        }
        reportSkipped(id, reason, scope);
        if (topLevel) {
            events.send(EventType.TESTSET_COMPLETED, reports.ofClass(id, null));
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
    private void reportSkipped(TestIdentifier id, String reason, ReportScope in) {
        if (in.onTheWay(id)) {
            for (TestIdentifier child : currentPlanChildren(id)) {
                if (in.passes(child)) {
                    reportSkipped(child, reason, in);
                }
            }
        } else if (Naming.isClass(id)) {
            for (TestIdentifier child : currentPlanChildren(id)) {
                if (in.passes(child)) {
                    events.send(EventType.TEST_SKIPPED, reports.of(child, null, reason, null));
                }
            }
        } else {
            events.send(EventType.TEST_SKIPPED, reports.of(id, null, reason, null));
        }
    }

    private Iterable<TestIdentifier> currentPlanChildren(TestIdentifier id) {
        return reports.naming().children(id);
    }
}
