package io.github.retire.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * How a worker leaves, and where what it leaves goes: a retirement, or an end that is judged once
 * everything the worker said is in (expected, or a crash or a timeout). What is left of its class
 * goes first in line for a fresh worker; when nothing is, the class's stream is finished. Runs on
 * the supervisor's thread, as part of it.
 */
final class Departures {
    private final Settings settings;
    private final WorkQueue workQueue;
    private final RunStats stats;
    private final TestSets testSets;
    private final ConsoleLogger log;
    private final Failures failures;
    private final LiveWorkers alive;
    private final StartupGuard startup;
    private final Scheduler scheduler;
    private final Launcher launcher;
    private final Parallelism parallelism;
    /** While the parts of one worker are accounted for: hand out nothing before all are. */
    private boolean severalParts;

    Departures(Settings settings, WorkQueue workQueue, RunStats stats, TestSets testSets, ConsoleLogger log,
               Failures failures, LiveWorkers alive, StartupGuard startup, Scheduler scheduler,
               Launcher launcher, Parallelism parallelism) {
        this.parallelism = parallelism;
        this.settings = settings;
        this.workQueue = workQueue;
        this.stats = stats;
        this.testSets = testSets;
        this.log = log;
        this.failures = failures;
        this.alive = alive;
        this.startup = startup;
        this.scheduler = scheduler;
        this.launcher = launcher;
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
        worker.send(CommandType.RETIRE_ACK);
        scheduler.holdSpares();
        scheduler.takeBackQueued(worker); // the retiring worker runs nothing more, so it goes behind what is left
        if (parallelism.on() || worker.parts.size() > 1 || worker.anyRunning()) {
            worker.retiredAfter = failedUid;
            worker.retiredAfterName = failed;
            // The classes waiting need not wait for it: a spare takes them now.
            scheduler.reschedule();
            return;
        }
        Part part = worker.parts.get(0);
        Work work = part.work;
        Leftovers.Left left = part.progress.of(part.classUid, failedUid, work.uniqueIds, work.windows, work.excluded);
        worker.parts.clear();
        String moved = part.progress.progressed(part.classUid, work.uniqueIds)
                ? carryOn(work, left, worker.systemProperties, "nothing of its class was left")
                : notContinued(work, left, worker.systemProperties, worker + " retired after " + failed
                        + " failed, before any test moved to it had run");
        log.info("[retire] " + worker + " retired after " + failed + " failed; " + moved);
    }

    /**
     * Judges a worker's end once everything it said is in: expected, or a crash or timeout.
     *
     * @param sink where the frames read back from its journal go, as if they had come over the connection
     */
    void maybeEnded(Worker worker, PipeBarrier.Sink sink) {
        if (!worker.fullyEnded() || worker.state == Worker.State.ENDED) {
            return;
        }
        replayJournal(worker, sink);
        Worker.State was = worker.state;
        worker.state = Worker.State.ENDED;
        alive.ended(worker);
        scheduler.takeBackQueued(worker);
        if (!worker.busy() && (was == Worker.State.RETIRING || was == Worker.State.STOPPING)) {
            scheduler.schedule();
            return;
        }
        if (!worker.busy()) {
            endedIdle(worker);
            return;
        }
        if (was == Worker.State.RETIRING && worker.protocolError == null) {
            retirementEnded(worker);
            return;
        }
        crashed(worker);
    }

    /**
     * A worker that retired with tests beside the failed one is gone: what it did not finish runs in a
     * fresh worker. Tests it started and never ended (it was killed, past retire.exitTimeout) run again.
     */
    private void retirementEnded(Worker worker) {
        List<Part> parts = new ArrayList<>(worker.parts);
        List<String> said = eachPart(parts, part -> {
            // one at a time: should accounting fail half-way, what is not accounted for yet is abandoned
            worker.parts.remove(part);
            if (part.classUid == null) {
                workQueue.continueFirst(part.work);
                return part.work.testClass + " had not started and goes on whole";
            }
            Set<String> failed = part.owns(worker.retiredAfter) || parts.size() == 1
                    ? Collections.singleton(worker.retiredAfter) : Collections.emptySet();
            Work work = part.work;
            Leftovers.Left left = part.progress.of(part.classUid, failed, true, work.uniqueIds, work.windows,
                    work.excluded);
            return part.progress.progressed(part.classUid, work.uniqueIds)
                    ? carryOn(work, left, worker.systemProperties, parts.size() == 1 ? "nothing of its class was left"
                            : "nothing of " + work.testClass + " was left")
                    : notContinued(work, left, worker.systemProperties, worker + " retired after "
                            + worker.retiredAfter + " failed, before any test moved to it had run");
        });
        worker.parts.clear();
        scheduler.reschedule();
        // Said only now, when what it left is known, in the words of any other retirement.
        log.info("[retire] " + worker + " retired after " + worker.retiredAfterName + " failed; "
                + (said.isEmpty() ? "nothing of its classes was left" : String.join("; ", said)));
    }

    /**
     * A worker that ended without retiring or being asked to. Each test it ran gets one error; with
     * none running, its class does, as the crash happened outside any test. The rest goes on in a
     * fresh worker.
     */
    private void crashed(Worker worker) {
        boolean anyRunning = worker.anyRunning();
        boolean anyStarted = false;
        boolean anyOpened = false;
        List<String> runningNames = new ArrayList<>();
        for (Part part : worker.parts) {
            anyStarted |= part.progress.anyStarted();
            anyOpened |= part.classUid != null;
            for (Part.Running r : part.running.values()) {
                runningNames.add(r.report.toString());
            }
        }
        Failures.Loss loss = failures.lost(worker, settings, launcher == null ? null : launcher.fatalErrorLog(worker));
        if (!worker.completedAnything && !anyStarted && !loss.timedOut) {
            // Not blamed on a class-data archive (see endedIdle): it was handed a class, so the class's
            // own code may have run, and a class that kills its JVM must not cost a healthy archive.
            // Died before a single test: a start-up failure, whatever it was handed. (A timeout is
            // not one: the worker was well, its class hung, and the next class may not.)
            startup.failed(worker.lastOutput());
        }
        Part.Running overranTest = worker.timeout != null ? worker.running(worker.timeout.get(0)) : null;
        String overran = overranTest != null ? worker.timeout.get(0) : null;
        if (overranTest != null) {
            runningNames.clear();
            runningNames.add(overranTest.report.toString());
        }
        List<Part> parts = new ArrayList<>(worker.parts);
        boolean othersRan = anyRunning;
        boolean othersOpened = anyOpened;
        List<String> said = eachPart(parts, part -> {
            worker.parts.remove(part);
            return lost(loss, worker, part, othersRan, othersOpened, overran);
        });
        worker.parts.clear();
        String where = runningNames.size() > 1 ? String.join(", ", runningNames)
                : runningNames.size() == 1 ? runningNames.get(0) : classes(parts);
        log.error("[retire] " + loss.message(where) + "; " + String.join("; ", said));
    }

    /**
     * Whether a worker that ended before its hello had mapped the class-data archive. A damaged archive that its checksum did not catch ends every worker
     * that way, so the archive is dropped for the rest of the run, which says so once, and this end is not
     * held against the run (no start-up failure). A worker that was handed a class is never judged so:
     * its class may kill JVMs by itself (crash-loop), and would cost a healthy archive every run.
     *
     * @param how the worker's end, for the log
     */
    private boolean archiveAtFault(Worker worker, String how) {
        if (worker.archive == null || launcher == null) {
            return false;
        }
        if (launcher.dropArchive(worker)) {
            log.warning("[retire] " + how + ", having mapped class-data archive " + worker.archive + ": it may be"
                    + " damaged, so it is removed and workers start without it for the rest of the run");
        } else {
            log.info("[retire] " + how + ", having mapped the class-data archive dropped before; not held against"
                    + " the run");
        }
        return true;
    }

    /**
     * What a lost worker's part costs and where the rest goes; words for the log.
     *
     * @param overran the running test a timeout named, or null to charge every running test
     */
    private String lost(Failures.Loss loss, Worker worker, Part part, boolean anyRunning, boolean anyOpened,
                        String overran) {
        if (!part.running.isEmpty()) {
            // A crash inside tests consumed them. A timeout names the one that overran: the others that
            // ran beside it (JUnit's parallel mode) were well, and run again in a fresh worker.
            List<String> charged = new ArrayList<>();
            for (Part.Running r : new ArrayList<>(part.running.values())) {
                if (overran == null || overran.equals(r.report.uniqueId())) {
                    testSets.charge(loss, worker, part, r);
                    charged.add(r.report.uniqueId());
                }
            }
            part.running.clear();
            Leftovers.Left left = part.progress.of(part.classUid, charged, parallelism.on(), part.work.uniqueIds,
                    part.work.windows, part.work.excluded);
            return carryOn(part.work, left, worker.systemProperties, "nothing of its class was left");
        }
        if (anyRunning || (part.classUid == null && anyOpened)) {
            // Classes side by side: the crash happened in another one's test, or before this one began.
            if (part.classUid == null) {
                workQueue.continueFirst(part.work);
                return part.work.testClass + " had not started and goes on whole";
            }
            Leftovers.Left left = part.progress.of(part.classUid, Collections.emptySet(), parallelism.on(),
                    part.work.uniqueIds, part.work.windows, part.work.excluded);
            return carryOn(part.work, left, worker.systemProperties, "nothing of " + part.work.testClass
                    + " was left");
        }
        // Outside any test: it would only happen again, unless tests of this part already ran. What a
        // continuation left that way is reported, not dropped: its tests ran elsewhere and are expected.
        Work work = part.work;
        String outside = "it " + (loss.timedOut ? "hung" : "died")
                + " outside any test, before the first one";
        testSets.charge(loss, worker, part, null);
        Leftovers.Left left = part.progress.of(part.classUid, Collections.emptySet(), parallelism.on(),
                work.uniqueIds, work.windows, work.excluded);
        if (part.progress.progressed(part.classUid, work.uniqueIds)) {
            return carryOn(work, left, worker.systemProperties, "nothing of its class was left");
        }
        if (work.wholeClass()) {
            return carryOn(work, new Leftovers.Left(), worker.systemProperties, "the class is not continued: "
                    + outside);
        }
        return notContinued(work, left, worker.systemProperties, worker + " ended before any test moved to it had"
                + " run: " + outside);
    }

    private static String classes(List<Part> parts) {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            names.add(part.work.testClass);
        }
        return String.join(", ", names);
    }

    /**
     * The supervisor failed while it judged the worker's end: whatever is left of its work is one
     * error on its class, and the run goes on.
     */
    void abandon(Worker worker) {
        worker.state = Worker.State.ENDED;
        alive.ended(worker);
        scheduler.takeBackQueued(worker);
        List<Part> parts = new ArrayList<>(worker.parts);
        worker.parts.clear();
        for (Part part : parts) {
            if (!part.finished) {
                testSets.abandoned(worker, part, worker + " could not be accounted for: " + worker.protocolError);
            }
        }
        scheduler.reschedule();
    }

    /** What the worker wrote between its last flush and its end: events it never sent, in order. */
    private void replayJournal(Worker worker, PipeBarrier.Sink sink) {
        if (worker.journal != null) {
            // A worker that never said hello has nothing in it to tell.
            long received = worker.connection != null ? worker.connection.framesRead() : Long.MAX_VALUE;
            for (Frame<EventType> frame : JournalReplay.unsent(worker.journal, received, log)) {
                worker.barrier.frame(frame, sink);
            }
        }
        worker.barrier.framesEnded(sink);
    }

    private void endedIdle(Worker worker) {
        String status = ExitStatus.describe(worker.exitStatus, worker.lastOutput());
        if (worker.completedAnything) {
            log.warning("[retire] " + worker + " " + status + " while idle");
        } else if (worker.connection != null
                || !archiveAtFault(worker, worker + " " + status + " before running any test")) {
            // Only a worker that never said hello is blamed on the archive: one that did started well
            // from it, and an idle spare killed from outside (the OOM killer, a user) must not cost it.
            startup.failed(worker.lastOutput());
            log.error("[retire] " + worker + " " + status + " before running any test"
                    + (worker.lastOutput().isEmpty() ? "" : "; its output:" + System.lineSeparator()
                    + worker.lastOutput()));
        }
        scheduler.reschedule();
    }

    /**
     * A continuation that ran nothing of what it was given is not given out again: the same would
     * happen again, without end. What it left is reported, each selection an error that says why.
     *
     * @return words for the log
     */
    private String notContinued(Work work, Leftovers.Left left, Map<String, String> properties, String why) {
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

    /**
     * What a departed worker left of its work goes first in line, or, when nothing is left, the
     * stream is finished.
     *
     * @return words for the log
     */
    private String carryOn(Work work, Leftovers.Left left, Map<String, String> properties, String whyNothing) {
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
        return describe(left) + " of " + work.testClass + " moved to "
                + (next != null ? next.toString() : "a fresh worker");
    }

    private static String describe(Leftovers.Left left) {
        return left.known.isEmpty() ? "the later invocations"
                : left.known.size() + " selection" + (left.known.size() == 1 ? "" : "s")
                        + (left.windows.isEmpty() ? "" : " and the later invocations");
    }

    /**
     * Accounts for each part of a worker that ran several classes, then hands out what they left at
     * once: rescheduling after each would let the spare go while the next part's leftovers were still
     * to be queued.
     *
     * @return words for the log, one per part, in the parts' order
     */
    private List<String> eachPart(List<Part> parts, java.util.function.Function<Part, String> account) {
        List<String> said = new ArrayList<>();
        severalParts = parts.size() > 1;
        try {
            List<Part> reversed = new ArrayList<>(parts);
            // Each goes first in line: the last part first, so that the first part runs first.
            Collections.reverse(reversed);
            for (Part part : reversed) {
                if (!part.finished) {
                    said.add(account.apply(part));
                }
            }
        } finally {
            severalParts = false;
        }
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
