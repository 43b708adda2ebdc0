package io.github.retire.provider;

import java.util.Collections;
import java.util.List;

import org.apache.maven.surefire.api.report.RunMode;

/**
 * One piece of work for a worker: a whole class, or some of its tests by JUnit unique id. Its
 * {@link #stream} names the test set it reports into: what a retired worker left of a class shares
 * the class's stream, so the class stays one test set across JVMs.
 */
final class Work {
    final String testClass;
    final List<String> uniqueIds;
    final RunMode runMode;
    final String stream;
    /** Only a worker that has run nothing yet may take it (reruns are judged in a clean JVM). */
    final boolean freshWorker;

    private Work(String testClass, List<String> uniqueIds, RunMode runMode, String stream, boolean freshWorker) {
        this.testClass = testClass;
        this.uniqueIds = uniqueIds;
        this.runMode = runMode;
        this.stream = stream;
        this.freshWorker = freshWorker;
    }

    static Work wholeClass(String testClass) {
        return new Work(testClass, Collections.emptyList(), RunMode.NORMAL_RUN, testClass, false);
    }

    /** What a retired worker left of this work. */
    Work continuation(List<String> leftUniqueIds) {
        return new Work(testClass, leftUniqueIds, runMode, stream, false);
    }

    /** Rerun number {@code round} of one failed test, in a fresh worker. */
    static Work rerun(String testClass, String uniqueId, int round) {
        return new Work(testClass, Collections.singletonList(uniqueId), RunMode.RERUN_TEST_AFTER_FAILURE,
                testClass + " rerun " + round + " " + uniqueId, true);
    }

    boolean wholeClass() {
        return uniqueIds.isEmpty();
    }

    @Override
    public String toString() {
        return testClass;
    }
}
