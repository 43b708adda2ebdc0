package io.github.retire.booter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * When an engine refuses what a worker was asked to run. An engine may refuse a selection by unique id
 * that a retired worker left: TestNG's, for one, fails the discovery of a test whose
 * {@code dependsOnMethods} names a test left out ("... depends on method bFails, which is not
 * included"), and the launcher aborts the whole request. Then the worker runs the class whole and
 * reports only what it was asked for (a {@link Selected} listener): the tests that ran before run
 * again here, unreported, and the rest end as they would have in one JVM (TestNG skips a test whose
 * dependency failed again). When even the class is refused, each test it was asked for is an error
 * that says why. Nothing is dropped silently. The same listeners keep the tests a continuation names
 * as reported before ({@link Watched}, {@code !} lines of run-tests) from being reported again.
 */
final class Refusals {
    /** As the supervisor's errors for what it could not run (its TestSets.NOT_RUN). */
    static final String NOT_RUN = "io.github.retire.NotRun";

    private Refusals() {
    }

    /** Rethrows what must not be caught, and failures after execution began (not a refusal). */
    static void rethrowUnlessRefusal(Throwable t, Watched watched) {
        if (t instanceof VirtualMachineError || watched.started) {
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new IllegalStateException(t);
        }
    }

    static void warnFallback(Events events, String className, int selections, Throwable refused) {
        events.send(EventType.LOG, null, "WARNING", "the JUnit Platform refused to discover the " + selections
                + (selections == 1 ? " test" : " tests") + " of " + className + " a departed worker left, by"
                + " unique id (" + firstLine(refused) + "); running " + className + " whole instead and reporting"
                + " only those tests: the tests that ran before run again, unreported");
    }

    /**
     * For a class (or what was left of it) that no engine would discover: its start, an error for each
     * test it was asked for, named from its unique id as stock names a test method (the selections of
     * invocations that may not exist, {@code [...:#n]}, get one error on the class instead), or one error
     * on the class for a whole class, and its end. Each says why.
     */
    static void reportRefused(Events events, String className, Collection<String> notRun, Throwable refused) {
        String message = "not run: the JUnit Platform refused to discover " + (notRun.isEmpty() ? className
                : "the tests of " + className + " a departed worker left, and the class whole")
                + ": " + firstLine(refused);
        TestReport classReport = new TestReport(null, className, null, null, null, null, null, null, null, null,
                null);
        events.send(EventType.TESTSET_STARTING, classReport);
        StringBuilder later = new StringBuilder();
        for (String uid : notRun) {
            if (uid.matches(".*:#\\d+]$")) {
                later.append(System.lineSeparator()).append("not run, if it exists: ").append(uid);
            } else {
                events.send(EventType.TEST_ERROR, error(uid, className, testName(uid), message,
                        System.lineSeparator() + "unique id: " + uid, refused));
            }
        }
        if (notRun.isEmpty() || later.length() > 0) {
            events.send(EventType.TEST_ERROR, error(null, className, null, message, later.toString(), refused));
        }
        events.send(EventType.TESTSET_COMPLETED, classReport.withElapsed(0));
        events.flush();
    }

    /** Shaped as the supervisor's own "not run" errors: the type names what happened, then why. */
    private static TestReport error(String uid, String className, String name, String message, String detail,
                                    Throwable refused) {
        StringWriter cause = new StringWriter();
        refused.printStackTrace(new PrintWriter(cause));
        String trace = NOT_RUN + ": " + message + detail + System.lineSeparator() + "Caused by: " + cause;
        return new TestReport(uid, className, null, name, null, message, message, message, trace, trace, 0);
    }

    /** As the supervisor's Uid.testName: {@code m} of {@code [method:m(int)]} and of JUnit 4's {@code [test:m(a.B)]}. */
    static String testName(String uid) {
        int at = uid.lastIndexOf("/[");
        String last = at < 0 ? uid : uid.substring(at + 2, uid.length() - 1);
        int colon = last.indexOf(':');
        String value = colon < 0 ? last : last.substring(colon + 1);
        String type = colon < 0 ? "" : last.substring(0, colon);
        int paren = value.indexOf('(');
        return (type.equals("method") || type.equals("test")) && paren > 0 ? value.substring(0, paren) : value;
    }

    private static String firstLine(Throwable t) {
        // The launcher's "TestEngine with ID 'x' failed to discover tests" says which engine; its cause says why.
        StringBuilder text = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable cause = t.getCause(); cause != null && cause != t; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().trim());
            }
            t = cause;
        }
        return text.toString().replace('\n', ' ');
    }

    /**
     * Passes the launcher's events on to the reporting listener, and tells whether the execution began:
     * what the launcher throws before that is a refused discovery.
     */
    static class Watched implements TestExecutionListener, ReportScope {
        private final TestExecutionListener reporting;
        /** Reported before: neither reported again, nor can they retire this worker. */
        private final Set<String> excluded;
        /** What the work named, by unique id; none for whole classes. */
        final Set<String> selected;
        /** The nodes above what the work named. */
        final Set<String> ancestors = new HashSet<>();
        private volatile boolean started;
        /** A node not reported whose output goes nowhere while it runs, and the streams to restore after. */
        private String muted;
        private PrintStream out;
        private PrintStream err;

        Watched(TestExecutionListener reporting, Collection<String> excluded) {
            this(reporting, Collections.emptyList(), excluded);
        }

        /** @param selected what the work named, by unique id; none for whole classes */
        Watched(TestExecutionListener reporting, Collection<String> selected, Collection<String> excluded) {
            this.reporting = reporting;
            this.excluded = new HashSet<>(excluded);
            this.selected = new HashSet<>(selected);
            for (String uid : selected) {
                for (String node = parent(uid); !node.isEmpty(); node = parent(node)) {
                    ancestors.add(node);
                }
            }
        }

        /**
         * A node above what the work named, and not itself named or below a named one: its class, or a
         * parameterized method whose later invocations the work selected by index. It stands for nothing of
         * its own.
         */
        @Override
        public boolean onTheWay(TestIdentifier id) {
            return ancestors.contains(id.getUniqueId()) && !named(id.getUniqueId());
        }

        /** Whether the work named this node or one above it. */
        boolean named(String uid) {
            for (String node = uid; !node.isEmpty(); node = parent(node)) {
                if (selected.contains(node)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean passes(TestIdentifier id) {
            if (excluded.isEmpty()) {
                return true;
            }
            for (String node = id.getUniqueId(); !node.isEmpty(); node = parent(node)) {
                if (excluded.contains(node)) {
                    return false;
                }
            }
            return true;
        }

        /** JUnit encodes '/', '[' and ']' inside segment values, so this cut is unambiguous. */
        static String parent(String uid) {
            int at = uid.lastIndexOf("/[");
            return at < 0 ? "" : uid.substring(0, at);
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            started = true;
            reporting.testPlanExecutionStarted(testPlan);
        }

        @Override
        public void testPlanExecutionFinished(TestPlan testPlan) {
            reporting.testPlanExecutionFinished(testPlan);
        }

        @Override
        public void dynamicTestRegistered(TestIdentifier id) {
            reporting.dynamicTestRegistered(id);
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (passes(id)) {
                reporting.executionStarted(id);
            } else if (muted == null) {
                // What a test that is not reported prints would land in the next reported test's output.
                muted = id.getUniqueId();
                out = System.out;
                err = System.err;
                PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
                System.setOut(nowhere);
                System.setErr(nowhere);
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (passes(id)) {
                reporting.executionSkipped(id, reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (passes(id)) {
                reporting.executionFinished(id, result);
            } else if (id.getUniqueId().equals(muted)) {
                System.setOut(out);
                System.setErr(err);
                muted = null;
            }
        }

        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            if (passes(id)) {
                reporting.reportingEntryPublished(id, entry);
            }
        }
    }

    /**
     * Passes on the events of the selected tests (and those below them), and of the containers on the way
     * to them, the class's start and end included; the tests that were not selected ran before, in another
     * worker, and are neither reported again nor can they retire this one.
     */
    static final class Selected extends Watched {
        Selected(TestExecutionListener reporting, Collection<String> uniqueIds, Collection<String> excluded) {
            super(reporting, uniqueIds, excluded);
        }

        @Override
        public boolean passes(TestIdentifier id) {
            return super.passes(id) && (ancestors.contains(id.getUniqueId()) || named(id.getUniqueId()));
        }
    }
}
