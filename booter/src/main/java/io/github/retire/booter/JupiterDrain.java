package io.github.retire.booter;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.retire.wire.EventType;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Lets Jupiter 5.x (platform 1.x, which cannot cancel an execution) find {@link DrainCondition} through
 * extension autodetection, without loading any other extension the user did not ask for. Jupiter 5.12+
 * autodetects only what {@code junit.jupiter.extensions.autodetection.include} names; older Jupiter
 * loads every extension in META-INF/services, so there autodetection is turned on only when the user
 * turned it on already or retire's condition is the only one on the classpath.
 */
final class JupiterDrain {
    static final String ENABLED = "junit.jupiter.extensions.autodetection.enabled";
    static final String INCLUDE = "junit.jupiter.extensions.autodetection.include";
    private static final String SERVICES = "META-INF/services/org.junit.jupiter.api.extension.Extension";

    private JupiterDrain() {
    }

    /**
     * The user's configuration parameters, with what it takes for Jupiter to consult DrainCondition.
     * When that cannot be done, the user's unchanged, and a line in the build log says what it means.
     */
    static Map<String, String> parameters(Map<String, String> user, Events events) {
        if (!OnTestClasspath.has("org.junit.jupiter.engine.JupiterTestEngine")) {
            return user;
        }
        Map<String, String> extra;
        try {
            extra = extra(user);
        } catch (RuntimeException | LinkageError e) {
            // a platform that cannot say what it was configured with: the worker runs as without drains
            extra = null;
        }
        if (extra == null) {
            events.send(EventType.LOG, null, "INFO", "retire cannot let its drain condition into JUnit Jupiter"
                    + " here (Jupiter before 5.12 autodetects every extension in " + SERVICES + ", and another"
                    + " one is on the classpath): when a worker drains it cannot hold Jupiter tests back (a retiring"
                    + " worker leaves before its next test, without its class's @AfterAll; skipAfterFailureCount"
                    + " skips only the classes not started yet)");
            return user;
        }
        Map<String, String> all = new HashMap<>(user);
        all.putAll(extra);
        return Collections.unmodifiableMap(all);
    }

    /** The parameters to add, or null when the condition cannot be let in alone. */
    private static Map<String, String> extra(Map<String, String> user) {
        // what the launcher will see: the request's parameters, system properties, junit-platform.properties
        ConfigurationParameters effective = LauncherDiscoveryRequestBuilder.request().configurationParameters(user)
                .build().getConfigurationParameters();
        boolean enabled = effective.getBoolean(ENABLED).orElse(false);
        String include = effective.get(INCLUDE).map(String::trim).orElse("");
        String condition = DrainCondition.class.getName();
        Map<String, String> extra = new HashMap<>();
        if (includeSupported()) {
            if (!enabled) {
                extra.put(ENABLED, "true");
                extra.put(INCLUDE, condition);
            } else if (!include.isEmpty()) {
                extra.put(INCLUDE, include + "," + condition);
            }
            return extra;
        }
        if (enabled) {
            return extra;
        }
        if (onlyOurs()) {
            extra.put(ENABLED, "true");
            return extra;
        }
        return null;
    }

    private static boolean includeSupported() {
        try {
            Class.forName("org.junit.jupiter.engine.config.JupiterConfiguration", false,
                    JupiterDrain.class.getClassLoader()).getField("EXTENSIONS_AUTODETECTION_INCLUDE_PROPERTY_NAME");
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    /** Whether the only autodetectable Jupiter extension on the classpath is retire's. */
    private static boolean onlyOurs() {
        try {
            List<URL> files = Collections.list(ClassLoader.getSystemClassLoader().getResources(SERVICES));
            return files.size() == 1;
        } catch (IOException e) {
            return false;
        }
    }
}
