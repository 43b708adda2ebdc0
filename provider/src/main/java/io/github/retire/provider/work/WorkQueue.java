package io.github.retire.provider.work;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.RunMode;
import org.apiguardian.api.API;

/**
 * What is left to run. Work is handed out from one queue; what a retired worker left of a class goes
 * to the front, so the class finishes first and stays one test set. Failed tests are remembered for
 * Surefire's rerunFailingTestsCount, round by round as stock does. Touched only by the supervisor thread.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WorkQueue {
    private final Deque<Work> pending = new ArrayDeque<>();
    private final int rerunRounds;
    private int rerunRound;
    /** Failed tests of the current round, by unique id, with their class. */
    private Map<String, String> failedThisRound = new LinkedHashMap<>();

    public WorkQueue(Collection<String> classes, int rerunRounds) {
        for (String c : classes) {
            pending.add(Work.wholeClass(c));
        }
        this.rerunRounds = rerunRounds;
    }

    /** A queue of the given work, in this order, and no reruns: a probe's (retire.sequence). */
    public static WorkQueue of(Collection<Work> works) {
        WorkQueue queue = new WorkQueue(java.util.Collections.<String>emptyList(), 0);
        queue.pending.addAll(works);
        return queue;
    }

    /** The next work to hand out without taking it, or null. */
    public Work peek() {
        return pending.peek();
    }

    public Work next() {
        return pending.poll();
    }

    /**
     * Next in line: what a departed worker left of its class, the next window of a class, or work a
     * worker was sent ahead and never started.
     */
    public void continueFirst(Work work) {
        pending.addFirst(work);
    }

    public int pendingWork() {
        return pending.size();
    }

    /** The rerun rounds started so far (0 while the normal run goes on). */
    public int rerunRound() {
        return rerunRound;
    }

    /**
     * Called when nothing is pending or running: queues the next round of reruns of the tests that
     * failed in the last round.
     *
     * @return whether there is new work
     */
    public boolean startRerunRound() {
        if (rerunRound >= rerunRounds || failedThisRound.isEmpty()) {
            return false;
        }
        rerunRound++;
        for (Map.Entry<String, String> failed : failedThisRound.entrySet()) {
            pending.add(Work.rerun(failed.getValue(), failed.getKey(), rerunRound));
        }
        failedThisRound = new LinkedHashMap<>();
        return true;
    }

    /** A test (or container) of this work failed or errored: a candidate for the next rerun round. */
    public void failed(Work work, TestReport report) {
        if (rerunRounds > 0 && report.uniqueId() != null
                && (work.runMode == RunMode.NORMAL_RUN || rerunRound > 0)) {
            failedThisRound.put(report.uniqueId(), work.testClass);
        }
    }
}
