package io.github.retire.provider.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.Worker;

/**
 * Where the work a departed worker leaves goes: first in line for a fresh worker, or, when nothing is
 * left, its stream is finished; a continuation that ran nothing of what it was given is reported, not
 * given out again. Each method returns its words for the log line that says what became of the work.
 * Runs on the supervisor's thread.
 */
final class Handover {
    private final WorkQueue workQueue;
    private final TestSets testSets;
    private final Scheduler scheduler;
    /** While the parts of one worker are accounted for: hand out nothing before all are. */
    private boolean severalParts;

    Handover(WorkQueue workQueue, TestSets testSets, Scheduler scheduler) {
        this.workQueue = workQueue;
        this.testSets = testSets;
        this.scheduler = scheduler;
    }

    /**
     * What a departed worker left of its work goes first in line, or, when nothing is left, the
     * stream is finished.
     */
    String carryOn(Work work, Leftovers.Left left, Map<String, String> properties, String whyNothing) {
        if (left.isEmpty()) {
            testSets.finish(work, properties);
            if (!severalParts) {
                scheduler.reschedule();
            }
            return whyNothing;
        }
        workQueue.continueFirst(work.continuation(left));
        if (severalParts) {
            return describe(left) + " of " + work.testClass + " moved on";
        }
        Worker next = scheduler.reschedule();
        if (next == null && scheduler.probe()) {
            return describe(left) + " of " + work.testClass + " reported as not run: " + Scheduler.PROBE_ENDED;
        }
        return describe(left) + " of " + work.testClass + " moved to "
                + (next != null ? next.toString() : "a fresh worker");
    }

    /** A class the worker had not started goes on whole. */
    String notStarted(Work work) {
        workQueue.continueFirst(work);
        return work.testClass + " had not started and goes on whole";
    }

    /**
     * A continuation that ran nothing of what it was given is not given out again: the same would
     * happen again, without end. What it left is reported, each selection an error that says why.
     */
    String notContinued(Work work, Leftovers.Left left, Map<String, String> properties, String why) {
        if (!left.isEmpty()) {
            testSets.notContinued(work, left, why);
        }
        testSets.finish(work, properties);
        if (!severalParts) {
            scheduler.reschedule();
        }
        return left.isEmpty() ? "nothing of its class was left" : left.known.size() + " selection"
                + (left.known.size() == 1 ? "" : "s") + (left.windows.isEmpty() ? "" : " and the later invocations")
                + " of " + work.testClass + " reported as not run: " + why;
    }

    private static String describe(Leftovers.Left left) {
        return left.known.isEmpty() ? "the later invocations"
                : left.known.size() + " selection" + (left.known.size() == 1 ? "" : "s")
                        + (left.windows.isEmpty() ? "" : " and the later invocations");
    }

    /**
     * Accounts for each unfinished part of a worker, then hands out what they left at once: rescheduling
     * after each would let the spare go while the next part's leftovers were still to be queued. Each
     * part is removed from the worker as it is accounted for, so that, should accounting fail half-way,
     * what is not accounted for yet is abandoned, not reported twice.
     *
     * @return words for the log, one per part, in the parts' order
     */
    List<String> eachPart(Worker worker, Function<Part, String> account) {
        List<Part> parts = new ArrayList<>(worker.parts);
        List<String> said = new ArrayList<>();
        severalParts = parts.size() > 1;
        try {
            List<Part> reversed = new ArrayList<>(parts);
            // Each goes first in line: the last part first, so that the first part runs first.
            Collections.reverse(reversed);
            for (Part part : reversed) {
                worker.parts.remove(part);
                if (!part.finished) {
                    said.add(account.apply(part));
                }
            }
        } finally {
            severalParts = false;
        }
        worker.parts.clear();
        Collections.reverse(said);
        if (parts.size() > 1) {
            Worker next = scheduler.reschedule();
            if (next != null) {
                said.add("the first went to " + next);
            }
        }
        return said;
    }
}
