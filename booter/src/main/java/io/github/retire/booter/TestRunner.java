package io.github.retire.booter;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.retire.wire.EventType;
import org.apache.maven.surefire.api.testset.TestListResolver;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherConfig;
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
        this.filters = filters(config);
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
     * A launcher for retire's own fixtures, which none of the user's listeners, filters or session
     * listeners may see. (A request's {@code junit.platform.execution.listeners.deactivate} does not
     * do it: the launcher reads that when it is made.) Null on a platform older than 1.8.
     */
    static Launcher rehearsalLauncher() {
        try {
            return LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false)
                    .enableLauncherSessionListenerAutoRegistration(false)
                    .enableLauncherDiscoveryListenerAutoRegistration(false)
                    .enablePostDiscoveryFilterAutoRegistration(false)
                    .build());
        } catch (LinkageError e) {
            return null;
        }
    }

    /**
     * Rehearses once, unreported, before any work arrives, so that the code a worker runs for its
     * first tests is loaded and warm while the worker waits. A spare waits until someone retires,
     * and without this the tests it takes over pay for a cold JVM on the critical path.
     */
    void warmUp() {
        Launcher rehearsal = rehearsalLauncher();
        if (rehearsal != null) {
            rehearse(rehearsal, new ReportingListener(Events.discarding(), null, null, null, null),
                    config.configurationParameters());
        }
    }

    /**
     * Runs {@link WarmUpFixture} the two ways a worker runs tests, by class and by unique id, on a
     * {@link #rehearsalLauncher()}. Does nothing without Jupiter on the classpath.
     */
    static void rehearse(Launcher launcher, TestExecutionListener listener, Map<String, String> parameters) {
        if (!hasJupiter()) {
            return;
        }
        String method = "[engine:junit-jupiter]/[class:" + WarmUpFixture.class.getName() + "]/[method:warmsUp()]";
        rehearse(launcher, listener, parameters, selectClass(WarmUpFixture.class.getName()), selectUniqueId(method));
    }

    /**
     * For {@link Training} only, which archives what they load: a failure, and the invocations after a
     * failed one selected by index (when junit-jupiter-params is there). A spare that rehearsed them
     * would spend CPU on paths it may never take, and in the isolation benchmark every worker is a
     * spare (docs/BENCHMARKS.md, "Retirement inside a parameterized, repeated or factory test").
     */
    static void rehearseRarerPaths(Launcher launcher, TestExecutionListener listener) {
        if (!hasJupiter()) {
            return;
        }
        rehearse(launcher, listener, Collections.emptyMap(), selectClass(FailingFixture.class.getName()));
        if (has("org.junit.jupiter.params.ParameterizedTest")) {
            List<DiscoverySelector> later = new ArrayList<>();
            for (int i = 2; i <= 4; i++) {
                later.add(selectUniqueId(ParameterizedFixture.TEMPLATE + "/[test-template-invocation:#" + i + "]"));
            }
            launcher.execute(request(Collections.emptyMap(), later), listener);
        }
    }

    private static void rehearse(Launcher launcher, TestExecutionListener listener, Map<String, String> parameters,
                                 DiscoverySelector... selectors) {
        for (DiscoverySelector selector : selectors) {
            launcher.execute(request(parameters, Collections.singletonList(selector)), listener);
        }
    }

    private static LauncherDiscoveryRequest request(Map<String, String> parameters, List<DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(parameters)
                .build();
    }

    private static boolean hasJupiter() {
        return has("org.junit.jupiter.api.Test");
    }

    static boolean has(String className) {
        try {
            Class.forName(className, false, TestRunner.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
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

    private static List<Filter<?>> filters(WorkerConfig config) {
        List<Filter<?>> filters = new ArrayList<>();
        list(config.providerProperty("groups")).ifPresent(tags -> filters.add(TagFilter.includeTags(tags)));
        list(config.providerProperty("excludegroups")).ifPresent(tags -> filters.add(TagFilter.excludeTags(tags)));
        list(config.providerProperty("includejunit5engines"))
                .ifPresent(ids -> filters.add(EngineFilter.includeEngines(ids)));
        list(config.providerProperty("excludejunit5engines"))
                .ifPresent(ids -> filters.add(EngineFilter.excludeEngines(ids)));
        String pattern = config.testFilter();
        if (pattern != null && !pattern.trim().isEmpty()) {
            // Class patterns were applied by Surefire's scan; only method patterns filter here.
            TestListResolver resolver = TestListResolver.optionallyWildcardFilter(new TestListResolver(pattern));
            if (!resolver.isEmpty() && !resolver.isWildcard()) {
                filters.add(methodFilter(resolver));
            }
        }
        return filters;
    }

    /** Keeps the test methods that Surefire's -Dtest pattern selects. */
    private static PostDiscoveryFilter methodFilter(TestListResolver resolver) {
        return descriptor -> {
            Optional<MethodSource> method = descriptor.getSource()
                    .filter(MethodSource.class::isInstance)
                    .map(MethodSource.class::cast);
            if (!method.isPresent()) {
                return FilterResult.included("not a method");
            }
            String classFile = TestListResolver.toClassFileName(method.get().getClassName());
            boolean run = resolver.shouldRun(classFile, method.get().getMethodName());
            return FilterResult.includedIf(run, () -> "selected by -Dtest", () -> "not selected by -Dtest");
        };
    }

    private static Optional<List<String>> list(String value) {
        if (value == null || value.trim().isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String item : Arrays.asList(value.split(","))) {
            if (!item.trim().isEmpty()) {
                items.add(item.trim());
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }
}
