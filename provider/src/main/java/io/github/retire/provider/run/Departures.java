package io.github.retire.provider.run;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Launcher;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * How a worker leaves: a retirement, taken when the worker asks; or an end, judged once into a
 * {@link WorkerEnd} when everything the worker said is in, and then acted on in one place: nothing to do
 * for an expected end, the rest of a retirement handed on, a costly end turned into reports by
 * {@link Losses}. Runs on the supervisor's thread, as part of it.
 */
final class Departures {
    private final Settings settings;
    private final RunStats stats;
    private final TestSets testSets;
    private final ConsoleLogger log;
    private final LiveWorkers alive;
    private final StartupGuard startup;
    private final Scheduler scheduler;
    private final Launcher launcher;
    private final Parallelism parallelism;
    private final Handover handover;
    private final Losses losses;
    private final RunRecord record;

    Departures(Settings settings, WorkQueue workQueue, RunStats stats, TestSets testSets, ConsoleLogger log,
               LiveWorkers alive, StartupGuard startup, Scheduler scheduler, Launcher launcher,
               Parallelism parallelism, RunRecord record) {
        this.record = record;
        this.parallelism = parallelism;
        this.settings = settings;
        this.stats = stats;
        this.testSets = testSets;
        this.log = log;
        this.alive = alive;
        this.startup = startup;
        this.scheduler = scheduler;
        this.launcher = launcher;
        this.handover = new Handover(workQueue, testSets, scheduler);
        this.losses = new Losses(stats, testSets, startup, scheduler, handover, launcher, parallelism, log);
    }

    /**
     * The worker stopped after a failure; what it left of its class runs next, in a fresh worker.
     * When tests may run beside the failed one (JUnit's parallel mode), they finish and report in the
     * retiring worker, and what is left is worked out once it is gone ({@link #retirementEnded}).
     */
    void retired(Worker worker, Frame<EventType> frame) {
        String failedUid = frame.string(0);
        TestReport named = worker.firstFailure != null ? worker.firstFailure : worker.lastReport;
        String failed = named != null ? named.toString() : worker.parts.get(0).work.testClass;
        worker.state = Worker.State.RETIRING;
        worker.completedAnything = true;
        startup.progressMade();
        alive.exiting(worker);
        stats.retired();
        record.retired(worker.id, failedUid, failed);
        worker.send(CommandType.RETIRE_ACK);
        scheduler.holdSpares();
        scheduler.takeBackQueued(worker); // the retiring worker runs nothing more, so it goes behind what is left
        if (parallelism.on() || worker.parts.size() > 1 || worker.anyRunning()) {
            worker.retirement = new Worker.Retirement(failedUid, failed);
            // The classes waiting need not wait for it: a spare takes them now.
            scheduler.reschedule();
            return;
        }
        Part part = worker.parts.get(0);
        Work work = part.work;
        Leftovers.Left left = part.progress.of(part.classUid, failedUid, work.uniqueIds, work.windows, work.excluded);
        worker.parts.clear();
        String moved = part.progress.progressed(part.classUid, work.uniqueIds)
                ? handover.carryOn(work, left, worker.systemProperties, "nothing of its class was left")
                : handover.notContinued(work, left, worker.systemProperties, worker + " retired after " + failed
                        + " failed, before any test moved to it had run");
        log.info("[retire] " + worker + " retired after " + failed + " failed; " + moved);
    }

    /**
     * The worker has fully ended and its journal's events are handled: its end is judged, once, and
     * acted on.
     */
    void ended(Worker worker) {
        if (worker.state == Worker.State.ENDED) {
            return;
        }
        Worker.State was = worker.state;
        worker.state = Worker.State.ENDED;
        alive.ended(worker);
        scheduler.takeBackQueued(worker);
        WorkerEnd end = WorkerEnd.judge(worker, was, settings, launcher);
        end.record(record, worker);
        switch (end.kind) {
            case RETIRED:
            case SHUT_DOWN:
                if (worker.busy()) {
                    retirementEnded(worker);
                } else {
                    scheduler.schedule();
                }
                break;
            case ENDED_IDLE:
                losses.endedIdle(worker, end);
                break;
            default:
                losses.lost(worker, end);
        }
    }

    /**
     * A worker that retired with tests beside the failed one is gone: what it did not finish runs in a
     * fresh worker. Tests it started and never ended (it was killed, past retire.exitTimeout) run again.
     */
    private void retirementEnded(Worker worker) {
        Worker.Retirement retirement = worker.retirement;
        boolean onePart = worker.parts.size() == 1;
        List<String> said = handover.eachPart(worker, part -> {
            if (part.classUid == null) {
                return handover.notStarted(part.work);
            }
            Set<String> failed = part.owns(retirement.failedUid) || onePart
                    ? Collections.singleton(retirement.failedUid) : Collections.emptySet();
            Work work = part.work;
            Leftovers.Left left = part.progress.of(part.classUid, failed, true, work.uniqueIds, work.windows,
                    work.excluded);
            return part.progress.progressed(part.classUid, work.uniqueIds)
                    ? handover.carryOn(work, left, worker.systemProperties, onePart ? "nothing of its class was left"
                            : "nothing of " + work.testClass + " was left")
                    : handover.notContinued(work, left, worker.systemProperties, worker + " retired after "
                            + retirement.failedUid + " failed, before any test moved to it had run");
        });
        scheduler.reschedule();
        // Said only now, when what it left is known, in the words of any other retirement.
        log.info("[retire] " + worker + " retired after " + retirement.failedName + " failed; "
                + (said.isEmpty() ? "nothing of its classes was left" : String.join("; ", said)));
    }

    /**
     * The supervisor failed while it judged the worker's end: whatever is left of its work is one
     * error on its class, and the run goes on.
     */
    void abandon(Worker worker) {
        worker.state = Worker.State.ENDED;
        alive.ended(worker);
        scheduler.takeBackQueued(worker);
        List<Part> parts = new java.util.ArrayList<>(worker.parts);
        worker.parts.clear();
        for (Part part : parts) {
            if (!part.finished) {
                testSets.abandoned(worker, part, worker + " could not be accounted for: " + worker.protocolError);
            }
        }
        scheduler.reschedule();
    }
}
