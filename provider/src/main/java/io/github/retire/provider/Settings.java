package io.github.retire.provider;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code retire.*} settings of one provider invocation. A setting is read from the system
 * properties Surefire gave its fork (-D user properties, systemPropertyVariables), else from
 * Surefire's {@code <properties>}. A bad value stops the run before any test starts, with a message
 * that names the setting and its accepted forms.
 */
final class Settings {
    static final String WORKERS = "retire.workers";
    static final String ON_FAILURE = "retire.onFailure";
    static final String SPARES = "retire.spares";

    /** Every key we understand, for the unknown-key warning. */
    static final List<String> KNOWN = Collections.unmodifiableList(Arrays.asList(WORKERS, ON_FAILURE, SPARES));

    private final int workers;
    private final boolean onFailure;
    private final int spares;

    private Settings(int workers, boolean onFailure, int spares) {
        this.workers = workers;
        this.onFailure = onFailure;
        this.spares = spares;
    }

    /** Number of worker JVMs that run test classes side by side. */
    int workers() {
        return workers;
    }

    /** Whether a failed test retires its worker JVM. */
    boolean onFailure() {
        return onFailure;
    }

    /** Idle, pre-started workers kept ready to take over from a retiring one. */
    int spares() {
        return spares;
    }

    static Settings read(Properties system, Map<String, String> providerProperties, int cores,
                         Consumer<String> warn) {
        Function<String, String> lookup = key -> {
            String value = system.getProperty(key);
            return value != null ? value : providerProperties.get(key);
        };
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : system.stringPropertyNames()) {
            collectUnknown(key, unknown);
        }
        for (String key : providerProperties.keySet()) {
            collectUnknown(key, unknown);
        }
        for (String key : unknown) {
            warn.accept("[retire] unknown setting " + key + " is ignored; known settings: " + String.join(", ", KNOWN));
        }
        boolean onFailure = parseBoolean(ON_FAILURE, lookup.apply(ON_FAILURE));
        int spares = parseCount(SPARES, lookup.apply(SPARES), onFailure ? 1 : 0);
        return new Settings(parseWorkers(lookup.apply(WORKERS), cores), onFailure, spares);
    }

    static boolean parseBoolean(String key, String value) {
        if (value == null || value.trim().isEmpty()) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        throw new SettingException(key, value, "true or false");
    }

    static int parseCount(String key, String value, int defaultValue) {
        if (value == null || value.trim().isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingException(key, value, "a whole number of at least 0 (e.g. 0, 1, 2)");
    }

    private static void collectUnknown(String key, TreeSet<String> unknown) {
        if (key.startsWith("retire.") && !KNOWN.contains(key)) {
            unknown.add(key);
        }
    }

    /** Accepts what Surefire's forkCount accepts: a whole number N, or NC for N times the cores. */
    static int parseWorkers(String value, int cores) {
        if (value == null || value.trim().isEmpty()) {
            return 1;
        }
        String v = value.trim();
        try {
            int count;
            if (v.endsWith("C") || v.endsWith("c")) {
                double factor = Double.parseDouble(v.substring(0, v.length() - 1));
                count = (int) Math.ceil(factor * cores);
            } else {
                count = Integer.parseInt(v);
            }
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingException(WORKERS, value,
                "a whole number of at least 1 (e.g. 2), or a multiple of the CPU cores ending in C (e.g. 1C, 0.5C)");
    }
}
