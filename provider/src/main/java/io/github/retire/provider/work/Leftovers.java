package io.github.retire.provider.work;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a worker left undone of the work it ran, when it retired after a failure or crashed: the
 * JUnit unique ids a fresh worker selects to carry on. Worked out from its {@link Progress}: the class's
 * test plan and the tests it saw start and end.
 *
 * <p>What is left is always part of what the work selected: a continuation's plan holds the containers
 * on the way to its selections (a parameterized method whose later invocations it selected by index,
 * say), and selecting such a container whole would run again what an earlier worker ran. Each
 * departure with a test done leaves less, so continuations always end.
 *
 * <ul>
 *   <li>A node with an outcome is done, with everything below it (a failed container's children were
 *       never going to run; a skipped container's children were reported skipped). Except a container
 *       that failed after tests below it had started: its {@code @AfterAll} failed, maybe in a worker
 *       that drained before retiring, so its children that did not start are still to run.</li>
 *   <li>A node the work selected (or one below it) that nothing under has started is selected whole.</li>
 *   <li>Other containers are looked into.</li>
 *   <li>Invocations that a dynamic container (parameterized, repeated, factory) on the path to the
 *       current test would still have generated cannot be known; they are selected by index, a
 *       {@link Window} of {@value #FIRST_WINDOW} indexes past the highest one seen. A window whose last
 *       index did run may not have been the end: the next window follows ({@link #beyond}), twice as
 *       long, up to {@value #LONGEST_WINDOW}, so there is no cap on how many invocations survive a
 *       retirement. Windows start short because every index costs the fresh worker's discovery about a
 *       millisecond, on the critical path of the retirement, whether the invocation exists or not.</li>
 *   <li>A window of the work whose container has not started yet is left as it is (the worker went
 *       before it got there); one whose container ran without reaching the window's end held that
 *       container's last invocations.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Leftovers {
    public static final int FIRST_WINDOW = 16;
    static final int LONGEST_WINDOW = 1024;

    private final Progress progress;

    /** Invocations {@code from..to} of one dynamic container, selected before anyone knows how many there are. */
    public static final class Window {
        public final String parent;
        final List<String> types;
        public final int from;
        final int to;

        public Window(String parent, List<String> types, int from, int length) {
            this.parent = parent;
            this.types = Collections.unmodifiableList(new ArrayList<>(types));
            this.from = from;
            this.to = from + length - 1;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                for (String type : types) {
                    ids.add(parent + "/[" + type + ":#" + i + "]");
                }
            }
            return ids;
        }

        Window next() {
            return new Window(parent, types, to + 1, Math.min(LONGEST_WINDOW, 2 * (to - from + 1)));
        }
    }

    /** What is left: ids the plan knows, and windows of invocations not generated yet. */
    public static final class Left {
        public final List<String> known = new ArrayList<>();
        public final List<Window> windows = new ArrayList<>();
        /** Reported before, below a container of {@link #known} selected whole again: not to report again. */
        final List<String> excluded = new ArrayList<>();

        boolean speculates(String parent) {
            return windows.stream().anyMatch(w -> w.parent.equals(parent));
        }

        /** The ids the windows select, not knowing whether those invocations exist. */
        List<String> speculative() {
            List<String> ids = new ArrayList<>();
            for (Window window : windows) {
                ids.addAll(window.ids());
            }
            return ids;
        }

        public boolean isEmpty() {
            return known.isEmpty() && windows.isEmpty();
        }

        List<String> all() {
            List<String> all = new ArrayList<>(known);
            all.addAll(speculative());
            return all;
        }
    }

    Leftovers(Progress progress) {
        this.progress = progress;
    }

    /**
     * @param classUid  the top-level class's unique id, or null when the class never started in this work
     * @param currents  the tests that failed or were running when the worker died: not selected again
     * @param everyOpen also select what may follow in every dynamic container that ran and did not end,
     *                  not only in those of the currents: with JUnit's parallel mode several ran at once
     * @param selected  the unique ids the work selected (a continuation's), or none for the whole class
     * @param windows   the windows the work selected, if it was itself a continuation
     * @param excluded  what the work was told not to report again (see {@link Left#excluded}): it stays so
     *                  below what is left, with what this worker reported there
     */
    Left of(String classUid, Collection<String> currents, boolean everyOpen, List<String> selected,
            List<Window> windows, List<String> excluded) {
        Left left = ofSelection(classUid, currents, everyOpen, selected, windows);
        Set<String> reported = new LinkedHashSet<>(excluded);
        reported.addAll(progress.touched());
        for (String uid : reported) {
            if (left.known.stream().anyMatch(k -> uid.startsWith(k + "/"))) {
                left.excluded.add(uid);
            }
        }
        return left;
    }

    private Left ofSelection(String classUid, Collection<String> currents, boolean everyOpen, List<String> selected,
                             List<Window> windows) {
        Left left = new Left();
        boolean setUpFailed = classUid != null && progress.closed(classUid) && !progress.touchedUnder(classUid);
        // The class started and the worker went before its plan came (its journal was truncated between the
        // two frames, say): without a plan nothing below the class can be looked into, and nothing ran there.
        boolean noPlan = classUid != null && !setUpFailed && progress.planned().isEmpty()
                && !progress.touchedUnder(classUid);
        if (classUid == null || setUpFailed || noPlan) {
            // Nothing of the class ran here (an engine failed before it, or its set-up did): all of a
            // continuation is left. (Invocations that may follow are left only when no set-up failed:
            // after a failed set-up they are as likely not to exist as after a failed @AfterAll.)
            if (!selected.isEmpty()) {
                Set<String> speculative = new HashSet<>();
                windows.forEach(w -> speculative.addAll(w.ids()));
                selected.stream().filter(uid -> !speculative.contains(uid)).forEach(left.known::add);
                if (!setUpFailed) {
                    left.windows.addAll(windows);
                }
            }
            return left;
        }
        boolean classDone = progress.closed(classUid);
        if (!classDone) {
            Map<String, List<String>> children = new LinkedHashMap<>();
            for (String uid : progress.planned()) {
                children.computeIfAbsent(Uid.parent(uid), k -> new ArrayList<>()).add(uid);
            }
            Set<String> selection = new HashSet<>(selected);
            collect(children, classUid, currents, left, selection, selection.isEmpty() || selection.contains(classUid));
            for (String current : currents) {
                speculate(classUid, current, left);
                unnamable(classUid, current, left);
            }
            if (everyOpen) {
                for (String t : new ArrayList<>(progress.touched())) {
                    if (Uid.dynamicIndex(t) > 0 && !progress.closed(Uid.parent(t))) {
                        speculate(classUid, t, left);
                    }
                }
            }
        }
        for (Window window : windows) {
            if (left.speculates(window.parent)) {
                continue;
            }
            if (progress.reached(window.parent, window.to)) {
                // Even a class that is done (its @AfterAll failed after a window ran out) may have invocations left.
                left.windows.add(window.next());
            } else if (!classDone && !progress.touchedUnder(window.parent) && !progress.doneAbove(window.parent)) {
                // The worker went before this container started: its window is still to run.
                left.windows.add(window);
            }
        }
        return left;
    }

    /**
     * What a continuation that ran to its end selected by name and never reported: a test of its plan
     * (every selection, when its class never started or its plan never came) with no outcome, neither its
     * own nor one of a container above it. An engine that fails outside any class leaves that; nothing else
     * should.
     *
     * @param selected the work's unique ids, or none for the whole class (which JUnit accounts for)
     */
    Left unreported(String classUid, List<String> selected, List<Window> windows) {
        Left left = new Left();
        if (selected.isEmpty()) {
            return left;
        }
        Set<String> speculative = new HashSet<>();
        windows.forEach(w -> speculative.addAll(w.ids()));
        for (String uid : selected) {
            boolean test = classUid == null || progress.planned().isEmpty() ? !speculative.contains(uid)
                    : progress.isTest(uid);
            if (test && !progress.touched(uid) && !progress.endedAtOrAbove(uid, classUid)) {
                left.known.add(uid);
            }
        }
        return left;
    }

    /**
     * The next windows of those whose last index ran: their containers may have more invocations.
     * (A window whose end was not reached held the container's last invocations.)
     */
    Left beyond(List<Window> windows) {
        Left left = new Left();
        for (Window window : windows) {
            if (progress.reached(window.parent, window.to)) {
                left.windows.add(window.next());
            }
        }
        return left;
    }

    /**
     * @param covered whether the work selected {@code node} or a node above it; one it did not select
     *                is only on the way to what it selected, and is looked into, never selected whole
     */
    private void collect(Map<String, List<String>> children, String node, Collection<String> currents, Left left,
                         Set<String> selection, boolean covered) {
        for (String child : children.getOrDefault(node, new ArrayList<>())) {
            if (progress.closed(child) || currents.contains(child)) {
                continue;
            }
            boolean selected = covered || selection.contains(child);
            boolean test = progress.isTest(child);
            if (selected && (test || !progress.touchedUnder(child))) {
                left.known.add(child);
            } else if (!test) {
                collect(children, child, currents, left, selection, selected);
            }
        }
    }

    /** Later siblings of every dynamic node on the path from the class to the current test. */
    private void speculate(String classUid, String current, Left left) {
        for (String node = current; !node.equals(classUid) && node.startsWith(classUid); node = Uid.parent(node)) {
            int index = Uid.dynamicIndex(node);
            if (index < 0) {
                continue;
            }
            String parent = Uid.parent(node);
            if (left.speculates(parent) || progress.closed(parent)) {
                continue;
            }
            int highest = index;
            Set<String> types = new LinkedHashSet<>();
            types.add(Uid.type(node));
            for (String t : progress.touched()) {
                if (t.startsWith(parent + "/")) {
                    String sibling = Uid.childOnPath(parent, t);
                    int i = Uid.dynamicIndex(sibling);
                    if (i > 0) {
                        highest = Math.max(highest, i);
                        types.add(Uid.type(sibling));
                    }
                }
            }
            if (types.stream().anyMatch(t -> t.startsWith("dynamic-"))) {
                types.add("dynamic-test");
                types.add("dynamic-container");
            }
            left.windows.add(new Window(parent, new ArrayList<>(types), highest + 1, FIRST_WINDOW));
        }
    }

    /**
     * A container of the plan whose children on the way to the current test were generated at run time and
     * have no index to select the later ones by (TestNG's data-provider invocations, {@code [invoc:2]}, say;
     * Jupiter's all have one): the container goes whole, and what was reported below it is excluded.
     */
    private void unnamable(String classUid, String current, Left left) {
        for (String node = current; !node.equals(classUid) && node.startsWith(classUid); node = Uid.parent(node)) {
            String parent = Uid.parent(node);
            if (!progress.inPlan(node) && Uid.dynamicIndex(node) < 0 && progress.inPlan(parent)
                    && !progress.hasEnded(parent) && !left.known.contains(parent)) {
                left.known.add(parent);
            }
        }
    }
}
