package io.github.retire.provider.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class UnhonouredTest {
    /** What Surefire's DynamicProviderInfo puts into the properties of every third-party provider. */
    private static Map<String, String> defaults() {
        Map<String, String> p = new HashMap<>();
        p.put("parallel", "none");
        p.put("perCoreThreadCount", "true");
        p.put("useUnlimitedThreads", "false");
        p.put("threadcountsuites", "0");
        p.put("threadcountclasses", "0");
        p.put("threadcountmethods", "0");
        p.put("paralleltimeout", "0.0");
        p.put("paralleltimeoutforced", "0.0");
        p.put("paralleloptimization", "true");
        return p;
    }

    @Test
    void defaultsSayNothing() {
        assertEquals(Collections.emptyList(), Unhonoured.warnings(defaults(), new Properties(), null,
                getClass().getClassLoader(), Collections.emptyList()));
    }

    @Test
    void junit4ConcurrencyIsNamed() {
        Map<String, String> p = defaults();
        p.put("parallel", "classes");
        p.put("threadcount", "4");
        List<String> w = Unhonoured.warnings(p, new Properties(), null, null, null);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("parallel=classes, threadCount=4 not honoured"), w.get(0));
    }

    @Test
    void forkCountEngineFiltersAndSuites() {
        Properties system = new Properties();
        system.setProperty("surefire.excludeJUnit5Engines", "junit-vintage");
        List<String> w = Unhonoured.warnings(defaults(), system, Arrays.asList(String.class), null,
                Collections.singletonList("testng.xml"));
        assertEquals(3, w.size(), w.toString());
        assertTrue(w.get(0).contains("suiteXmlFiles"), w.get(0));
        assertTrue(w.get(1).contains("surefire.excludeJUnit5Engines"), w.get(1));
        assertTrue(w.get(2).contains("forkCount > 1"), w.get(2));
    }
}
