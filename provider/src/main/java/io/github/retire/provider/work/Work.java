package io.github.retire.provider.work;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.maven.surefire.api.report.RunMode;
import org.apiguardian.api.API;

/**
 * One piece of work for a worker: a whole class, or some of its tests by JUnit unique id. Its
 * {@link #stream} names the test set it reports into: what a retired worker left of a class shares
 * the class's stream, so the class stays one test set across JVMs.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Work {
    public final String testClass;
    public final List<String> uniqueIds;
    public final RunMode runMode;
    public final String stream;
    /** Only a worker that has run nothing yet may take it (reruns are judged in a clean JVM). */
    public final boolean freshWorker;
    /** The invocations it selects by index, not knowing whether they exist (see {@link Leftovers}). */
    public final List<Leftovers.Window> windows;
    /**
     * Tests below its selections that were reported before: a container whose later children cannot be
     * named (another engine's dynamic ones, such as TestNG's data-provider invocations) is selected whole
     * again, and the worker neither reports these nor lets them retire it.
     */
    public final List<String> excluded;

    private Work(String testClass, List<String> uniqueIds, RunMode runMode, String stream, boolean freshWorker,
                 List<Leftovers.Window> windows) {
        this(testClass, uniqueIds, runMode, stream, freshWorker, windows, Collections.emptyList());
    }

    private Work(String testClass, List<String> uniqueIds, RunMode runMode, String stream, boolean freshWorker,
                 List<Leftovers.Window> windows, List<String> excluded) {
        this.testClass = testClass;
        this.uniqueIds = uniqueIds;
        this.runMode = runMode;
        this.stream = stream;
        this.freshWorker = freshWorker;
        this.windows = Collections.unmodifiableList(new ArrayList<>(windows));
        this.excluded = Collections.unmodifiableList(new ArrayList<>(excluded));
    }

    public static Work wholeClass(String testClass) {
        return new Work(testClass, Collections.emptyList(), RunMode.NORMAL_RUN, testClass, false,
                Collections.emptyList());
    }

    /** Some tests of a class, by unique id: a probe's (retire.sequence), which reports into the class's stream. */
    public static Work selection(String testClass, List<String> uniqueIds) {
        return new Work(testClass, Collections.unmodifiableList(new ArrayList<>(uniqueIds)), RunMode.NORMAL_RUN,
                testClass, false, Collections.emptyList());
    }

    /** All it selects, as left by a worker that ran none of it: its known tests and its windows. */
    public Leftovers.Left untouched() {
        Leftovers.Left left = new Leftovers.Left();
        List<String> speculative = new ArrayList<>();
        windows.forEach(w -> speculative.addAll(w.ids()));
        for (String uid : uniqueIds) {
            if (!speculative.contains(uid)) {
                left.known.add(uid);
            }
        }
        left.windows.addAll(windows);
        return left;
    }

    /** What a departed worker left of this work, or what lies beyond the windows it ran to their ends. */
    public Work continuation(Leftovers.Left left) {
        return new Work(testClass, left.all(), runMode, stream, false, left.windows, left.excluded);
    }

    /** Rerun number {@code round} of one failed test, in a fresh worker. */
    public static Work rerun(String testClass, String uniqueId, int round) {
        return new Work(testClass, Collections.singletonList(uniqueId), RunMode.RERUN_TEST_AFTER_FAILURE,
                testClass + " rerun " + round + " " + uniqueId, true, Collections.emptyList());
    }

    /** The lines of its run-tests command: the unique ids, then each excluded one after a '!'. */
    public String selectionLines() {
        List<String> lines = new ArrayList<>(uniqueIds);
        excluded.forEach(uid -> lines.add("!" + uid));
        return String.join("\n", lines);
    }

    public boolean wholeClass() {
        return uniqueIds.isEmpty();
    }

    @Override
    public String toString() {
        return testClass;
    }
}
