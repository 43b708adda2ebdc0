package io.github.retire.booter;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.retire.wire.EventType;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one test class at a time (several at once in JUnit Jupiter's parallel mode) on the JUnit
 * Platform launcher, with the filters and
 * configuration parameters Surefire was given, so every engine on the test classpath works.
 *
 * <p>All of a worker's classes run in one launcher session, as stock Surefire runs all of a fork's:
 * the user's session listeners (a database or container started once per session, say) open and
 * close once per JVM, not once per class, and the engines and listeners are looked up once.
 */
final class TestRunner {
    private final WorkerConfig config;
    /** The session, or null on a platform older than 1.8, which has none. */
    private final AutoCloseable session;
    private final Launcher launcher;
    private final List<Filter<?>> filters;
    private final ReportingListener listener;
    private final Drain drain;
    /** The platform's cancellation (6+), or null. */
    private final Cancellation cancellation;
    /** The user's configuration parameters, and those that let {@link DrainCondition} in where needed. */
    private final Map<String, String> parameters;

    /**
     * @param drains whether this worker can be drained at all (retire.onFailure, skipAfterFailureCount):
     *               only then is Jupiter 5.x asked to consult {@link DrainCondition}
     */
    TestRunner(WorkerConfig config, ReportingListener listener, Drain drain, Cancellation cancellation,
               boolean drains, Events events) {
        this.config = config;
        this.listener = listener;
        this.drain = drain;
        this.cancellation = cancellation;
        LauncherSession opened = openSession();
        this.session = opened;
        this.launcher = opened != null ? opened.getLauncher() : LauncherFactory.create();
        this.filters = SurefireFilters.of(config);
        this.parameters = drains && cancellation == null
                ? JupiterDrain.parameters(config.configurationParameters(), events)
                : config.configurationParameters();
    }

    private static LauncherSession openSession() {
        try {
            return LauncherFactory.openSession();
        } catch (LinkageError e) {
            return null;
        }
    }

    /**
     * Ends the session: the user's session listeners hear of it, as at the end of a stock fork. What
     * they throw goes to the build log; every test is reported by then.
     */
    void endSession(Events events) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (Throwable t) {
            events.send(EventType.LOG, null, "WARNING", "closing the JUnit launcher session failed: " + t);
        }
    }

    /**
     * Rehearses once, unreported, before any work arrives, so that the code a worker runs for its
     * first tests is loaded and warm while the worker waits. A spare waits until someone retires,
     * and without this the tests it takes over pay for a cold JVM on the critical path.
     */
    void warmUp() {
        Launcher rehearsal = Rehearsals.launcher();
        if (rehearsal != null) {
            Rehearsals.rehearse(rehearsal, new ReportingListener(Events.discarding(), null, null, null, null),
                    config.configurationParameters());
        }
    }

    /** Runs one class; a class no engine would discover gets one error that says why (see {@link Refusals}). */
    void runClass(String className, Events events) {
        Refusals.Watched watched = new Refusals.Watched(listener, Collections.emptyList());
        try {
            run(Collections.singletonList(selectClass(className)), watched);
        } catch (Throwable refused) {
            Refusals.rethrowUnlessRefusal(refused, watched);
            Refusals.reportRefused(events, className, Collections.emptyList(), refused);
        }
    }

    /**
     * Runs several classes in one launcher execution, as a stock fork runs all of its classes: JUnit
     * Jupiter's parallel mode runs classes side by side only within one execution. When the launcher
     * refuses them before anything ran, each runs on its own, so that only a refused one costs.
     */
    void runClasses(List<String> classNames, Events events) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String name : classNames) {
            selectors.add(selectClass(name));
        }
        Refusals.Watched watched = new Refusals.Watched(listener, Collections.emptyList());
        try {
            run(selectors, watched);
        } catch (Throwable refused) {
            Refusals.rethrowUnlessRefusal(refused, watched);
            for (String name : classNames) {
                runClass(name, events);
            }
        }
    }

    /**
     * Runs the given tests of one class (what a departed worker left), selected by unique id; a line
     * {@code !<unique id>} names a test below them that was reported before, which is neither reported
     * again nor retires this worker. When the launcher refuses that selection, the class runs whole,
     * reporting only those tests ({@link Refusals}).
     */
    void runTests(String className, List<String> lines, Events events) {
        List<String> uniqueIds = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("!")) {
                excluded.add(line.substring(1));
            } else {
                uniqueIds.add(line);
            }
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String id : uniqueIds) {
            selectors.add(selectUniqueId(id));
        }
        Refusals.Watched watched = new Refusals.Watched(listener, uniqueIds, excluded);
        try {
            run(selectors, watched);
            return;
        } catch (Throwable refused) {
            Refusals.rethrowUnlessRefusal(refused, watched);
            Refusals.warnFallback(events, className, uniqueIds.size(), refused);
        }
        Refusals.Selected selected = new Refusals.Selected(listener, uniqueIds, excluded);
        try {
            run(Collections.singletonList(selectClass(className)), selected);
        } catch (Throwable refused) {
            Refusals.rethrowUnlessRefusal(refused, selected);
            Refusals.reportRefused(events, className, uniqueIds, refused);
        }
    }

    private void run(List<DiscoverySelector> selectors, Refusals.Watched reporting) {
        listener.scope(reporting);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(filters.toArray(new Filter<?>[0]))
                .configurationParameters(parameters)
                .build();
        if (cancellation != null) {
            // a drained worker's token is cancelled before the execution starts: everything is skipped
            Object token = cancellation.newToken();
            drain.executing(token);
            cancellation.execute(launcher, request, reporting, token);
        } else if (drain.stopped()) {
            skipAll(request, reporting);
        } else {
            launcher.execute(request, reporting);
        }
    }

    /**
     * What a cancelled execution reports on platform 6, for 1.x, which cannot cancel: each class (each
     * child of an engine) skipped, "Execution cancelled", and nothing run.
     */
    private void skipAll(LauncherDiscoveryRequest request, TestExecutionListener reporting) {
        TestPlan plan = launcher.discover(request);
        reporting.testPlanExecutionStarted(plan);
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier child : plan.getChildren(root)) {
                reporting.executionSkipped(child, Drain.REASON);
            }
        }
        reporting.testPlanExecutionFinished(plan);
    }
}
