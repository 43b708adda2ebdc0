package io.github.retire.provider.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.worker.Launcher;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.Worker;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * A worker's end turned into reports, when the end cost something: a crash, a timeout or a protocol
 * error charges the tests it ran (or its class, outside any test) and hands the rest on; a death before
 * any test counts against retire.maxStartupFailures, or against the class-data archive it mapped. Runs
 * on the supervisor's thread, for {@link Departures}.
 */
final class Losses {
    private final RunStats stats;
    private final TestSets testSets;
    private final StartupGuard startup;
    private final Scheduler scheduler;
    private final Handover handover;
    private final Launcher launcher;
    private final Parallelism parallelism;
    private final ConsoleLogger log;

    Losses(RunStats stats, TestSets testSets, StartupGuard startup, Scheduler scheduler, Handover handover,
           Launcher launcher, Parallelism parallelism, ConsoleLogger log) {
        this.stats = stats;
        this.testSets = testSets;
        this.startup = startup;
        this.scheduler = scheduler;
        this.handover = handover;
        this.launcher = launcher;
        this.parallelism = parallelism;
        this.log = log;
    }

    /**
     * A worker that ended without retiring or being asked to, in the middle of its work. Each test it
     * ran gets one error; with none running, its class does, as the end came outside any test. The rest
     * goes on in a fresh worker.
     */
    void lost(Worker worker, WorkerEnd end) {
        if (end.timedOut()) {
            stats.timedOut();
        } else {
            stats.crashed();
        }
        boolean anyRunning = worker.anyRunning();
        boolean anyStarted = false;
        boolean anyOpened = false;
        List<String> runningNames = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Part part : worker.parts) {
            anyStarted |= part.progress.anyStarted();
            anyOpened |= part.classUid != null;
            classes.add(part.work.testClass);
            for (Part.Running r : part.running.values()) {
                runningNames.add(r.report.toString());
            }
        }
        if (!worker.completedAnything && !anyStarted && !end.timedOut()) {
            // Not blamed on a class-data archive (see endedIdle): it was handed a class, so the class's
            // own code may have run, and a class that kills its JVM must not cost a healthy archive.
            // Died before a single test: a start-up failure, whatever it was handed. (A timeout is
            // not one: the worker was well, its class hung, and the next class may not.)
            startup.failed(end.lastOutput());
        }
        Part.Running overranTest = end.overran() != null ? worker.running(end.overran()) : null;
        String overran = overranTest != null ? end.overran() : null;
        if (overranTest != null) {
            runningNames.clear();
            runningNames.add(overranTest.report.toString());
        }
        boolean othersOpened = anyOpened;
        List<String> said = handover.eachPart(worker,
                part -> charge(end, worker, part, anyRunning, othersOpened, overran));
        String where = runningNames.size() > 1 ? String.join(", ", runningNames)
                : runningNames.size() == 1 ? runningNames.get(0) : String.join(", ", classes);
        log.error("[retire] " + end.message(where) + "; " + String.join("; ", said));
    }

    /**
     * What a lost worker's part costs and where the rest goes; words for the log.
     *
     * @param overran the running test a timeout named, or null to charge every running test
     */
    private String charge(WorkerEnd end, Worker worker, Part part, boolean anyRunning, boolean anyOpened,
                          String overran) {
        if (!part.running.isEmpty()) {
            // A crash inside tests consumed them. A timeout names the one that overran: the others that
            // ran beside it (JUnit's parallel mode) were well, and run again in a fresh worker.
            List<String> charged = new ArrayList<>();
            for (Part.Running r : new ArrayList<>(part.running.values())) {
                if (overran == null || overran.equals(r.report.uniqueId())) {
                    testSets.charge(end, worker, part, r);
                    charged.add(r.report.uniqueId());
                }
            }
            part.running.clear();
            Leftovers.Left left = part.progress.of(part.classUid, charged, parallelism.on(), part.work.uniqueIds,
                    part.work.windows, part.work.excluded);
            return handover.carryOn(part.work, left, worker.systemProperties, "nothing of its class was left");
        }
        if (anyRunning || (part.classUid == null && anyOpened)) {
            // Classes side by side: the end came in another one's test, or before this one began.
            if (part.classUid == null) {
                return handover.notStarted(part.work);
            }
            Leftovers.Left left = part.progress.of(part.classUid, Collections.emptySet(), parallelism.on(),
                    part.work.uniqueIds, part.work.windows, part.work.excluded);
            return handover.carryOn(part.work, left, worker.systemProperties, "nothing of " + part.work.testClass
                    + " was left");
        }
        // Outside any test: it would only happen again, unless tests of this part already ran. What a
        // continuation left that way is reported, not dropped: its tests ran elsewhere and are expected.
        Work work = part.work;
        String outside = "it " + (end.timedOut() ? "hung" : "died") + " outside any test, before the first one";
        testSets.charge(end, worker, part, null);
        Leftovers.Left left = part.progress.of(part.classUid, Collections.emptySet(), parallelism.on(),
                work.uniqueIds, work.windows, work.excluded);
        if (part.progress.progressed(part.classUid, work.uniqueIds)) {
            return handover.carryOn(work, left, worker.systemProperties, "nothing of its class was left");
        }
        if (work.wholeClass()) {
            return handover.carryOn(work, new Leftovers.Left(), worker.systemProperties,
                    "the class is not continued: " + outside);
        }
        return handover.notContinued(work, left, worker.systemProperties, worker + " ended before any test moved"
                + " to it had run: " + outside);
    }

    /** A worker that ended on its own while it ran nothing. */
    void endedIdle(Worker worker, WorkerEnd end) {
        if (worker.completedAnything) {
            log.warning("[retire] " + worker + " " + end.exit() + " while idle");
        } else if (end.saidHello || end.killedSpeechless || !archiveAtFault(worker, worker + " " + end.exit() + " before running any test")) {
            // Only a worker that never said hello is blamed on the archive: one that did started well
            // from it, and an idle spare killed from outside (the OOM killer, a user) must not cost it.
            // Nor one the supervisor killed for not saying hello in time: a loaded machine, not a damaged
            // archive, is the likelier cause.
            startup.failed(end.lastOutput());
            log.error("[retire] " + worker + " " + end.exit() + " before running any test"
                    + (end.lastOutput().isEmpty() ? "" : "; its output:" + System.lineSeparator() + end.lastOutput()));
        }
        scheduler.reschedule();
    }

    /**
     * Whether a worker that ended before its hello had mapped the class-data archive. A damaged archive
     * that its checksum did not catch ends every worker that way, so the archive is dropped for the rest of
     * the run, which says so once, and this end is not held against the run (no start-up failure). A worker
     * that was handed a class is never judged so: its class may kill JVMs by itself (crash-loop), and would
     * cost a healthy archive every run.
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
}
