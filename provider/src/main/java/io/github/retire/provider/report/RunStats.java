package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.retire.provider.work.Work;
import org.apache.maven.surefire.api.report.RunMode;
import org.apiguardian.api.API;

/**
 * What has happened in the run, counted for the summary line retire prints at its end and for
 * skipAfterFailureCount. Touched only by the supervisor thread.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunStats {
    private int classesDone;
    private int workersStarted;
    private int retirements;
    private int crashes;
    private int timeouts;
    private int tests;
    private int normalFailures;

    /** A test (or container) of this work failed or errored. */
    public void failed(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            normalFailures++;
        }
    }

    /** Failures and errors of normal runs (not reruns), for skipAfterFailureCount. */
    public int normalFailures() {
        return normalFailures;
    }

    public void classDone(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            classesDone++;
        }
    }

    public void workerStarted() {
        workersStarted++;
    }

    public void retired() {
        retirements++;
    }

    public void crashed() {
        crashes++;
    }

    public void timedOut() {
        timeouts++;
    }

    public void testEnded(Work work) {
        if (work.runMode == RunMode.NORMAL_RUN) {
            tests++;
        }
    }

    /** @param rerunRounds the rerun rounds the run went through */
    public String summary(int rerunRounds) {
        return "[retire] " + plural(tests, "test") + " in " + plural(classesDone, "class") + (rerunRounds > 0
                ? " (then " + plural(rerunRounds, "rerun round") + ")" : "") + "; " + plural(workersStarted, "worker")
                + " started, " + plural(retirements, "retirement") + ", " + plural(crashes, "crash") + ", "
                + plural(timeouts, "timeout");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") || word.endsWith("ss") ? "es" : "s");
    }
}
