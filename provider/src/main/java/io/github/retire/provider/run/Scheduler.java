package io.github.retire.provider.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Launcher;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.CommandType;

/**
 * Who runs what: hands work from the work queue to idle workers, keeps {@code retire.workers} running and
 * the spares waiting, starts replacements while the {@link StartupGuard} lets it, and lets workers go
 * when nothing is left for them. It only decides: the workers are {@link LiveWorkers}', and their
 * timers {@link Deadlines}'. Used only on the supervisor thread.
 */
final class Scheduler {
    static final long SPARE_HOLD_MILLIS = 500;
    static final String PROBE_ENDED = "the probe's worker JVM ended before it; a probe (retire.sequence) runs its"
            + " tests in one JVM and continues in no other";

    private final Settings settings;
    private final WorkQueue workQueue;
    private final RunStats stats;
    private final TestSets testSets;
    private final Launcher launcher;
    private final FailFast failFast;
    private final Parallelism parallelism;
    private final LiveWorkers alive;
    private final StartupGuard startup;
    private final RunRecord record;
    /**
     * After a retirement, replacement spares wait until this time (System.nanoTime) or until the
     * tests moved on have started: a JVM starting beside them would take the CPU they need first.
     */
    private long sparesWaitUntil;
    private int launched;

    Scheduler(Settings settings, WorkQueue workQueue, RunStats stats, TestSets testSets, Launcher launcher, FailFast failFast,
              Parallelism parallelism, LiveWorkers alive, StartupGuard startup, RunRecord record) {
        this.record = record;
        this.failFast = failFast;
        this.parallelism = parallelism;
        this.settings = settings;
        this.workQueue = workQueue;
        this.stats = stats;
        this.testSets = testSets;
        this.launcher = launcher;
        this.alive = alive;
        this.startup = startup;
    }

    /**
     * Hands work to idle workers while fewer than {@code retire.workers} run; keeps the spares idle;
     * lets idle workers go once nothing is left to run or to take over. Reruns start once everything
     * else is done, each in a worker that has run nothing yet.
     *
     * @return the worker that got the first piece of work, or null
     */
    Worker schedule() {
        Worker first = null;
        String fatal = startup.fatal();
        int running = alive.count(Worker.State.RUNNING);
        if (fatal == null && running == 0 && workQueue.pendingWork() == 0 && alive.count(Worker.State.RETIRING) == 0) {
            workQueue.startRerunRound();
        }
        for (Worker w : new ArrayList<>(alive.all())) {
            if (w.state != Worker.State.IDLE || !w.reachable()) {
                continue; // one whose process or connection ended only waits for its end to be judged
            }
            Work work = fatal == null && running < settings.workers() ? workQueue.peek() : null;
            boolean tooUsed = work != null && work.freshWorker && (w.completedAnything || FailFast.drained(w));
            // started from an archive dropped since: it might fail in the middle of a test
            boolean badArchive = w.archive != null && launcher != null && launcher.archiveDropped(w);
            if (work != null && !tooUsed && !badArchive) {
                List<Work> batch = batch(running);
                w.begin(batch);
                running++;
                send(w, batch);
                first = first == null ? w : first;
            } else if (fatal != null || tooUsed || badArchive
                    || (workQueue.pendingWork() == 0 && (running == 0 || !settings.onFailure()) && !anyDraining())) {
                w.state = Worker.State.STOPPING;
                alive.exiting(w);
                w.send(CommandType.SHUTDOWN);
            }
        }
        sendAhead();
        return first;
    }

    /**
     * Whether a worker retired with tests beside the failed one and has not ended: what it leaves is
     * known only then, and a spare kept for it takes it at once.
     */
    private boolean anyDraining() {
        for (Worker w : alive.all()) {
            if (w.state == Worker.State.RETIRING && w.busy()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next work for an idle worker: one piece, or, when JUnit runs classes side by side
     * ({@link Parallelism#CLASSES}), whole classes in one launcher execution, as a stock fork runs all of
     * its classes in one: an equal share of those waiting for each worker that may still start.
     */
    private List<Work> batch(int running) {
        Work work = workQueue.next();
        List<Work> batch = new ArrayList<>();
        batch.add(work);
        if (parallelism != Parallelism.CLASSES || !work.wholeClass() || work.freshWorker) {
            return batch;
        }
        int runners = Math.max(1, settings.workers() - running);
        int share = (workQueue.pendingWork() + 1 + runners - 1) / runners;
        while (batch.size() < share && workQueue.peek() != null && workQueue.peek().wholeClass()
                && !workQueue.peek().freshWorker) {
            batch.add(workQueue.next());
        }
        return batch;
    }

    /**
     * Gives each running worker its next work before it asks, so that it goes from one class to the
     * next without waiting for the supervisor (docs/BENCHMARKS.md, "The next class is sent ahead"). Only
     * while enough work is pending that every other runner still finds some: at the end of the run
     * a queued class could otherwise wait behind a long one while another worker idles. Reruns are
     * never sent ahead, since they need a worker that has run nothing.
     */
    private void sendAhead() {
        // Classes side by side: each worker took its share at once.
        if (startup.fatal() != null || parallelism == Parallelism.CLASSES) {
            return;
        }
        for (Worker w : alive.all()) {
            Work work = workQueue.peek();
            if (work == null || work.freshWorker || workQueue.pendingWork() < settings.workers()) {
                return;
            }
            // A worker that runs windows may end its class with a continuation of it, which goes first
            // in line; a class sent ahead would wait behind that test set, still open, for its events.
            if (w.state == Worker.State.RUNNING && w.reachable() && w.queuedWork == null && w.only() != null
                    && w.only().work.windows.isEmpty()) {
                workQueue.next();
                w.queuedWork = work;
                send(w, work);
            }
        }
    }

    private void send(Worker w, List<Work> batch) {
        if (batch.size() == 1) {
            send(w, batch.get(0));
            return;
        }
        failFast.beforeWork(w, batch.get(0));
        List<String> names = new ArrayList<>();
        for (Work work : batch) {
            names.add(work.testClass);
        }
        w.send(CommandType.RUN_CLASSES, String.join("\n", names));
    }

    private void send(Worker w, Work work) {
        failFast.beforeWork(w, work);
        if (work.wholeClass()) {
            w.send(CommandType.RUN_CLASS, work.testClass);
        } else {
            w.send(CommandType.RUN_TESTS, work.testClass, work.selectionLines());
        }
    }

    /** The worker is going before it started its queued work: that goes back to the front of the line. */
    void takeBackQueued(Worker w) {
        if (w.queuedWork != null) {
            workQueue.continueFirst(w.queuedWork);
            w.queuedWork = null;
        }
    }

    /** Whether the run is a probe (retire.sequence), whose tests run in one worker JVM or not at all. */
    boolean probe() {
        return settings.probe();
    }

    /** A worker started, by this scheduler or before it existed. */
    void adopt(Worker worker) {
        alive.add(worker);
        stats.workerStarted();
        record.worker(worker.id, pid(worker), worker.startedAt, worker.spare);
        launched++;
    }

    private static long pid(Worker worker) {
        try {
            return worker.process == null ? -1 : worker.process.pid();
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** Starts workers until enough run or wait as spares, or there is no work left for another. */
    void topUp() {
        if (startup.fatal() != null) {
            return;
        }
        if (startup.exhausted()) {
            giveUp(startup.giveUp());
            return;
        }
        int running = alive.count(Worker.State.RUNNING);
        int ready = running + alive.count(Worker.State.IDLE) + alive.count(Worker.State.STARTING);
        int busyOrWaiting = running + workQueue.pendingWork();
        boolean sparesNow = System.nanoTime() - sparesWaitUntil >= 0;
        int runners = Math.min(settings.workers(), busyOrWaiting);
        int wanted = runners + (settings.onFailure() && busyOrWaiting > 0 && sparesNow ? settings.spares() : 0);
        while (ready < wanted) {
            if (settings.probe() && launched > 0) {
                // What the probe's worker did not run is reported, never run in another JVM, where it
                // would not see what ran before it.
                testSets.notRun(PROBE_ENDED);
                schedule();
                return;
            }
            try {
                adopt(launcher.start(ready >= runners));
                ready++;
            } catch (IOException e) {
                giveUp(startup.launchFailed(e));
                return;
            }
        }
    }

    /** No more workers start: what waits is reported as not run, and the idle workers are let go. */
    private void giveUp(StartupGuard.GiveUp why) {
        testSets.giveUp(why.failures, why.output);
        schedule();
    }

    /** Both, in this order: after every change of who is busy. */
    Worker reschedule() {
        Worker first = schedule();
        topUp();
        return first;
    }

    /** A retirement moved tests on: hold replacement spares back for a moment (see sparesWaitUntil). */
    void holdSpares() {
        sparesWaitUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SPARE_HOLD_MILLIS);
    }

    /** The moved-on tests have started: spares may start now. */
    void releaseSpares() {
        if (System.nanoTime() - sparesWaitUntil < 0) {
            sparesWaitUntil = System.nanoTime();
            topUp();
        }
    }

    /** Called every loop turn: starts held-back spares once their wait is over. */
    void tick() {
        if (sparesWaitUntil != 0 && System.nanoTime() - sparesWaitUntil >= 0) {
            sparesWaitUntil = 0;
            topUp();
        }
    }
}
