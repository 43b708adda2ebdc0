package io.github.retire.provider;

import org.apache.maven.surefire.api.report.RunMode;

/**
 * What has happened in the run, counted for the summary line retire prints at its end and for
 * skipAfterFailureCount. Touched only by the supervisor thread.
 */
final class RunStats {
    private int classesDone;
    private int workersStarted;
    private int retirements;
    private int crashes;
    private int timeouts;
    private int tests;
    private int normalFailures;

    /** A test (or container) of this work failed or errored. */
    void failed(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            normalFailures++;
        }
    }

    /** Failures and errors of normal runs (not reruns), for skipAfterFailureCount. */
    int normalFailures() {
        return normalFailures;
    }

    void classDone(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            classesDone++;
        }
    }

    void workerStarted() {
        workersStarted++;
    }

    void retired() {
        retirements++;
    }

    void crashed() {
        crashes++;
    }

    void timedOut() {
        timeouts++;
    }

    void testEnded(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            tests++;
        }
    }

    /** @param rerunRounds the rerun rounds the run went through */
    String summary(int rerunRounds) {
        return "[retire] " + plural(tests, "test") + " in " + plural(classesDone, "class") + (rerunRounds > 0
                ? " (then " + plural(rerunRounds, "rerun round") + ")" : "") + "; " + plural(workersStarted, "worker")
                + " started, " + plural(retirements, "retirement") + ", " + plural(crashes, "crash") + ", "
                + plural(timeouts, "timeout");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") || word.endsWith("ss") ? "es" : "s");
    }
}
