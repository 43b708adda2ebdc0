package io.github.retire.provider.work;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What of a part's work has run in its worker: the class's test plan (sent by the worker when the class
 * starts) and the tests and containers it saw start and end, recorded as the events come. Kept apart from
 * working out what is left ({@link Leftovers}) because the supervisor records on every test event and
 * asks what is left only when a worker goes; the questions on the plan's tree both need are here.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Progress {
    /** Static plan nodes in plan order, each with whether it is a test. */
    private final Map<String, Boolean> plan = new LinkedHashMap<>();
    /** Started or ended: reported by the worker. */
    private final Set<String> touched = new HashSet<>();
    private final Set<String> done = new HashSet<>();

    /** The plan as the worker sent it: lines of {@code T <uid>} (test) or {@code C <uid>} (container). */
    public void plan(String lines) {
        for (String line : lines.split("\n")) {
            if (line.length() > 2) {
                plan.put(line.substring(2), line.charAt(0) == 'T');
            }
        }
    }

    public void started(String uid) {
        if (uid != null) {
            touched.add(uid);
        }
    }

    public void ended(String uid) {
        if (uid != null) {
            touched.add(uid);
            done.add(uid);
        }
    }

    /** Whether this test (or container) ended in this work already. */
    public boolean hasEnded(String uid) {
        return uid != null && done.contains(uid);
    }

    /** True once any test of this work started: a crash after that made progress. */
    public boolean anyStarted() {
        return !touched.isEmpty();
    }

    /**
     * Whether a test of the work's selection started or ended: a continuation that did not made no
     * progress (its class's set-up failed, say), and carrying it on would only repeat that.
     *
     * @param selected the work's unique ids, or none for the whole class
     */
    public boolean progressed(String classUid, List<String> selected) {
        if (selected.isEmpty()) {
            return anyStarted();
        }
        Set<String> selection = new HashSet<>(selected);
        for (String t : touched) {
            for (String node = t; !node.isEmpty(); node = Uid.parent(node)) {
                if (selection.contains(node)) {
                    return true;
                }
            }
        }
        return false;
    }

    // What is left, asked of the progress so that callers need only the part's (see Leftovers).

    /** @see Leftovers#of */
    public Leftovers.Left of(String classUid, String current, List<String> selected, List<Leftovers.Window> windows) {
        return of(classUid, current, selected, windows, new ArrayList<>());
    }

    /** @see Leftovers#of */
    public Leftovers.Left of(String classUid, String current, List<String> selected, List<Leftovers.Window> windows,
                      List<String> excluded) {
        return of(classUid, current == null ? Collections.emptySet() : Collections.singleton(current), false, selected,
                windows, excluded);
    }

    /** @see Leftovers#of */
    public Leftovers.Left of(String classUid, Collection<String> currents, boolean everyOpen, List<String> selected,
                      List<Leftovers.Window> windows, List<String> excluded) {
        return new Leftovers(this).of(classUid, currents, everyOpen, selected, windows, excluded);
    }

    /** @see Leftovers#unreported */
    public Leftovers.Left unreported(String classUid, List<String> selected, List<Leftovers.Window> windows) {
        return new Leftovers(this).unreported(classUid, selected, windows);
    }

    /** @see Leftovers#beyond */
    public Leftovers.Left beyond(List<Leftovers.Window> windows) {
        return new Leftovers(this).beyond(windows);
    }

    // The plan's tree as the worker's events left it.

    /** The plan's nodes, in plan order. */
    Set<String> planned() {
        return Collections.unmodifiableSet(plan.keySet());
    }

    boolean inPlan(String uid) {
        return plan.containsKey(uid);
    }

    /** Whether the plan has this node as a test (rather than a container, or not at all). */
    boolean isTest(String uid) {
        return Boolean.TRUE.equals(plan.get(uid));
    }

    /** The nodes the worker reported started or ended. */
    Set<String> touched() {
        return Collections.unmodifiableSet(touched);
    }

    boolean touched(String uid) {
        return touched.contains(uid);
    }

    boolean touchedUnder(String container) {
        String prefix = container + "/";
        for (String t : touched) {
            if (t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Done with everything below it: a test with an outcome, or a container that ended (failed, or was
     * skipped) before anything below it started. A container that failed after tests below it started
     * (its {@code @AfterAll}, after the worker drained) still has what did not start below it.
     */
    boolean closed(String node) {
        return done.contains(node) && (isTest(node) || !touchedUnder(node));
    }

    /** Whether a container above this node (the class included) failed: none of its rest will run. */
    boolean doneAbove(String uid) {
        for (String node = uid; !node.isEmpty(); node = Uid.parent(node)) {
            if (closed(node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the test or a container above it has an outcome, one below the class: a class whose set-up
     * failed in a continuation accounts for none of the tests moved to it, which ran nowhere.
     */
    boolean endedAtOrAbove(String uid, String classUid) {
        for (String node = uid; !node.isEmpty() && !node.equals(classUid); node = Uid.parent(node)) {
            if (done.contains(node)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an invocation of this dynamic container at this index or later was reported. */
    boolean reached(String parent, int index) {
        String prefix = parent + "/";
        for (String t : touched) {
            if (t.startsWith(prefix) && Uid.dynamicIndex(Uid.childOnPath(parent, t)) >= index) {
                return true;
            }
        }
        return false;
    }
}
