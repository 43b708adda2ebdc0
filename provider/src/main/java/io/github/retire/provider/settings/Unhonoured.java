package io.github.retire.provider.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The Surefire parameters that reach the fork but that retire cannot honour, each named in a warning,
 * so that none is ignored silently. What Surefire keeps to itself (reports, timeouts of the fork, the
 * fork's channel) needs nothing from retire; docs/COMPATIBILITY.md lists every parameter.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Unhonoured {
    /** Surefire's names for its JUnit 4.7+ provider's concurrency, as its properties carry them. */
    private static final String[][] JUNIT4_CONCURRENCY = {
        {"threadcount", "threadCount"},
        {"threadcountsuites", "threadCountSuites"},
        {"threadcountclasses", "threadCountClasses"},
        {"threadcountmethods", "threadCountMethods"},
        {"paralleltimeout", "parallelTestsTimeoutInSeconds"},
        {"paralleltimeoutforced", "parallelTestsTimeoutForcedInSeconds"},
    };
    private static final String[] ENGINE_FILTERS = {
        "surefire.includeJUnit5Engines", "surefire.excludeJUnit5Engines",
        "failsafe.includeJUnit5Engines", "failsafe.excludeJUnit5Engines",
    };
    private static final String ISOLATED_CLASS_LOADER = "org.apache.maven.surefire.booter.IsolatedClassLoader";

    private Unhonoured() {
    }

    /**
     * @param forkTestSet    what Surefire handed the fork: an Iterable that is not a scan of ours means
     *                       forkCount &gt; 1 (the forks draw classes from the plugin one at a time)
     * @param testClassLoader the class loader Surefire loaded the test classes in
     */
    public static List<String> warnings(Map<String, String> providerProperties, Properties system, Object forkTestSet,
                                 ClassLoader testClassLoader, Collection<?> suiteXmlFiles) {
        List<String> warnings = new ArrayList<>();
        String parallel = providerProperties.get("parallel");
        List<String> concurrency = new ArrayList<>();
        if (parallel != null && !parallel.trim().isEmpty() && !parallel.trim().equals("none")) {
            concurrency.add("parallel=" + parallel.trim());
        }
        for (String[] name : JUNIT4_CONCURRENCY) {
            String value = providerProperties.get(name[0]);
            if (positive(value)) {
                concurrency.add(name[1] + "=" + value.trim());
            }
        }
        if ("true".equals(providerProperties.get("useUnlimitedThreads"))) {
            concurrency.add("useUnlimitedThreads=true");
        }
        if (!concurrency.isEmpty()) {
            warnings.add("[retire] " + String.join(", ", concurrency) + " not honoured: these belong to Surefire's"
                    + " JUnit 4 provider (stock's JUnit Platform provider ignores them too). Tests run on the JUnit"
                    + " Platform: set junit.jupiter.execution.parallel.* in <properties><configurationParameters>,"
                    + " or retire.workers for JVMs side by side");
        }
        if (providerProperties.containsKey("objectfactory")) {
            warnings.add("[retire] objectFactory not honoured: it is an option of Surefire's TestNG provider");
        }
        if (suiteXmlFiles != null && !suiteXmlFiles.isEmpty()) {
            warnings.add("[retire] suiteXmlFiles not honoured: it is an option of Surefire's TestNG provider;"
                    + " retire runs the test classes Surefire's includes and excludes select");
        }
        for (String key : ENGINE_FILTERS) {
            if (system.getProperty(key) != null) {
                warnings.add("[retire] " + key + " not honoured: Surefire hands engine filters only to its own"
                        + " JUnit Platform provider. Keep unwanted engines off the test classpath instead");
            }
        }
        if (forkTestSet instanceof Iterable) {
            warnings.add("[retire] forkCount > 1 not honoured as such: each of Surefire's forks is a retire"
                    + " supervisor with worker JVMs of its own, and the first fork to ask may take every class"
                    + " (retire reads its classes up front). Use forkCount=1 and retire.workers=N for N JVMs side"
                    + " by side");
        }
        if (testClassLoader != null && testClassLoader.getClass().getName().equals(ISOLATED_CLASS_LOADER)) {
            // Surefire's isolated class loader exists only in process: forkCount=0.
            warnings.add("[retire] forkCount=0 not honoured as such: the tests still run in retire's worker JVMs"
                    + " (started from Maven's JVM), loaded by their system class loader, not in Maven's JVM");
        }
        return warnings;
    }

    private static boolean positive(String value) {
        if (value == null) {
            return false;
        }
        try {
            return Double.parseDouble(value.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
