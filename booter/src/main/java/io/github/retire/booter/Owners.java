package io.github.retire.booter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which test (or container) each thread is running, so that what a thread prints is filed under the
 * test that printed it even when tests run side by side (JUnit Jupiter's parallel mode). Inherited by
 * threads a test starts, so their output is that test's too.
 */
final class Owners {
    private static final String NONE = "";

    private final InheritableThreadLocal<String> current = new InheritableThreadLocal<>();
    /** What each running node's thread was running before it, restored when the node ends. */
    private final Map<String, String> before = new ConcurrentHashMap<>();

    /** The unique id of what this thread runs, or null. */
    String current() {
        return current.get();
    }

    void entered(String uniqueId) {
        String was = current.get();
        before.put(uniqueId, was == null ? NONE : was);
        current.set(uniqueId);
    }

    void left(String uniqueId) {
        String was = before.remove(uniqueId);
        if (was != null) {
            current.set(was.equals(NONE) ? null : was);
        }
    }
}
