package io.github.retire.provider.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * Whether JUnit Jupiter runs tests side by side in one JVM, read from the configuration as JUnit
 * reads it: Surefire's {@code <properties><configurationParameters>} first, then the system
 * properties, then {@code junit-platform.properties} on the test classpath. With classes concurrent a
 * worker runs several classes in one launcher execution (a stock fork runs all of its classes in
 * one), else Jupiter could not run them side by side; with only methods concurrent it runs one class
 * at a time, its tests side by side. Either way the supervisor expects several tests of a worker to
 * run at once.
 */
@API(status = INTERNAL, since = "0.1.0")
public enum Parallelism {
    OFF, METHODS, CLASSES;

    static final String ENABLED = "junit.jupiter.execution.parallel.enabled";
    static final String MODE = "junit.jupiter.execution.parallel.mode.default";
    static final String CLASSES_MODE = "junit.jupiter.execution.parallel.mode.classes.default";
    static final String PROPERTIES_FILE = "junit-platform.properties";

    public boolean on() {
        return this != OFF;
    }

    public static Parallelism of(Map<String, String> configurationParameters, Map<?, ?> systemProperties,
                          ClassLoader testClasses) {
        Properties file = propertiesFile(testClasses);
        if (!"true".equalsIgnoreCase(value(ENABLED, configurationParameters, systemProperties, file))) {
            return OFF;
        }
        String classes = value(CLASSES_MODE, configurationParameters, systemProperties, file);
        if (classes == null) {
            // JUnit: the classes' mode defaults to the default mode, which defaults to same_thread
            classes = value(MODE, configurationParameters, systemProperties, file);
        }
        return classes != null && classes.toUpperCase(Locale.ROOT).equals("CONCURRENT") ? CLASSES : METHODS;
    }

    private static String value(String key, Map<String, String> parameters, Map<?, ?> systemProperties,
                                Properties file) {
        Object v = parameters.get(key);
        if (v == null) {
            v = systemProperties.get(key);
        }
        if (v == null) {
            v = file.getProperty(key);
        }
        return v == null ? null : v.toString().trim();
    }

    /** The first junit-platform.properties on the test classpath, as JUnit takes it; empty if none. */
    private static Properties propertiesFile(ClassLoader testClasses) {
        Properties p = new Properties();
        URL url = testClasses == null ? null : testClasses.getResource(PROPERTIES_FILE);
        if (url != null) {
            try (InputStream in = url.openStream()) {
                p.load(in);
            } catch (IOException e) {
                // JUnit would not read it either
            }
        }
        return p;
    }
}
