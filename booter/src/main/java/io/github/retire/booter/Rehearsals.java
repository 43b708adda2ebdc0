package io.github.retire.booter;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Unreported runs of retire's own fixtures, so that the code a worker runs for its first tests is
 * loaded (and, in {@link Training}, archived) before any work arrives. Apart from {@link TestRunner},
 * which runs the user's tests: none of this may touch the user's launcher, listeners or filters.
 */
final class Rehearsals {
    private Rehearsals() {
    }

    /**
     * A launcher for retire's own fixtures, which none of the user's listeners, filters or session
     * listeners may see. (A request's {@code junit.platform.execution.listeners.deactivate} does not
     * do it: the launcher reads that when it is made.) Null on a platform older than 1.8.
     */
    static Launcher launcher() {
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
     * Runs {@link WarmUpFixture} the two ways a worker runs tests, by class and by unique id, on a
     * {@link #launcher()}. Does nothing without Jupiter on the classpath.
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
        if (OnTestClasspath.has("org.junit.jupiter.params.ParameterizedTest")) {
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
        return OnTestClasspath.has("org.junit.jupiter.api.Test");
    }
}
