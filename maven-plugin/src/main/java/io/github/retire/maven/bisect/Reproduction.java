package io.github.retire.maven.bisect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one-line reproduction with Surefire's own test filter. */
final class Reproduction {
    private Reproduction() {
    }

    /**
     * {@code mvn test -Dtest=P#a+V#v} with a run order that puts the classes in the order they must run,
     * or null when neither alphabetical nor reverse alphabetical order does.
     *
     * @param order Class#method of each test, the victim last
     */
    static String testFilter(Target target, List<String> order, boolean severalWorkers, boolean offline) {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (String test : order) {
            int hash = test.indexOf('#');
            byClass.computeIfAbsent(test.substring(0, hash), c -> new ArrayList<>()).add(test.substring(hash + 1));
        }
        List<String> classes = new ArrayList<>(byClass.keySet());
        String runOrder = null;
        if (classes.size() == 1 || ascending(classes, 1)) {
            runOrder = "alphabetical";
        } else if (ascending(classes, -1)) {
            runOrder = "reversealphabetical";
        }
        if (runOrder == null) {
            return null;
        }
        List<String> filters = new ArrayList<>();
        byClass.forEach((c, methods) -> filters.add(c + "#" + String.join("+", methods)));
        String prefix = target.failsafe() ? "failsafe" : "surefire";
        return "mvn " + (offline ? "-o " : "") + (target.failsafe() ? "verify -Dit.test=" : "test -Dtest=")
                + "'" + String.join(",", filters) + "'"
                + (classes.size() > 1 ? " -D" + prefix + ".runOrder=" + runOrder : "")
                + (severalWorkers ? " -Dretire.workers=1" : "");
    }

    private static boolean ascending(List<String> classes, int sign) {
        for (int i = 1; i < classes.size(); i++) {
            if (sign * classes.get(i - 1).compareTo(classes.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
