package io.github.retire.booter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Which tests of a class a retiring worker leaves undone, as JUnit unique ids a fresh worker can
 * select. A node that never started is selected whole. A node that finished, or was skipped, is done,
 * with everything below it (a failed container's children were never going to run). A node still
 * running is looked into.
 *
 * <p>Invocations of a running parameterized, repeated or factory container that were not generated
 * yet cannot be known. They are selected by index: up to {@value #FUTURE_INVOCATIONS} further indexes
 * of each dynamic segment type the container uses.
 */
final class Leftovers {
    static final int FUTURE_INVOCATIONS = 1000;

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    void started(TestIdentifier id) {
        started.add(id.getUniqueId());
    }

    void done(TestIdentifier id) {
        done.add(id.getUniqueId());
    }

    /** Forget the previous class: unique ids are only compared within one class's run. */
    void reset() {
        started.clear();
        done.clear();
    }

    /** What is left of a class: nodes known to the plan, and speculative future invocations. */
    static final class Left {
        final List<String> known = new ArrayList<>();
        final List<String> speculative = new ArrayList<>();
    }

    Left of(TestPlan plan, TestIdentifier topLevelClass) {
        Left left = new Left();
        if (topLevelClass != null && !done.contains(topLevelClass.getUniqueId())) {
            collect(plan, topLevelClass, left);
        }
        return left;
    }

    private void collect(TestPlan plan, TestIdentifier node, Left left) {
        Set<TestIdentifier> children = plan.getChildren(node);
        int highestDynamic = 0;
        Set<String> dynamicTypes = new LinkedHashSet<>();
        for (TestIdentifier child : children) {
            String uid = child.getUniqueId();
            UniqueId.Segment last = lastSegment(uid);
            if (last != null && last.getValue().matches("#\\d+")) {
                highestDynamic = Math.max(highestDynamic, Integer.parseInt(last.getValue().substring(1)));
                dynamicTypes.add(last.getType());
            }
            if (done.contains(uid)) {
                continue;
            }
            if (started.contains(uid)) {
                collect(plan, child, left);
            } else {
                left.known.add(uid);
            }
        }
        if (highestDynamic > 0) {
            if (dynamicTypes.stream().anyMatch(t -> t.startsWith("dynamic-"))) {
                dynamicTypes.add("dynamic-test");
                dynamicTypes.add("dynamic-container");
            }
            UniqueId parent = UniqueId.parse(node.getUniqueId());
            for (int i = highestDynamic + 1; i <= highestDynamic + FUTURE_INVOCATIONS; i++) {
                for (String type : dynamicTypes) {
                    left.speculative.add(parent.append(type, "#" + i).toString());
                }
            }
        }
    }

    private static UniqueId.Segment lastSegment(String uid) {
        try {
            return UniqueId.parse(uid).getLastSegment();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
