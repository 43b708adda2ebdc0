package io.github.retire.provider;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.WatchdogMessage;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * Who runs what: hands work from the work queue to idle workers, keeps {@code retire.workers} running and
 * the spares waiting, starts replacements, stops starting them after {@code retire.maxStartupFailures}
 * deaths in a row, and kills workers that do not exit when asked. Used only on the supervisor thread.
 */
final class Scheduler {
    static final long SPARE_HOLD_MILLIS = 500;
    /**
     * How long a worker may take from its start to its HELLO. A JVM starts in well under a second, some
     * seconds on a loaded machine or with agents in argLine; one that has not said hello by then is stalled
     * (or its connection was refused), and waiting for it would hang the run.
     */
    static final long HELLO_DEADLINE_MILLIS = 60_000;

    private final Settings settings;
    private final WorkQueue workQueue;
    private final RunStats stats;
    private final TestSets testSets;
    private final ConsoleLogger log;
    private final Launcher pool;
    private final FailFast failFast;
    private final Parallelism parallelism;
    private final Map<Integer, Worker> alive = new LinkedHashMap<>();
    private final Map<Worker, Long> exitingSince = new HashMap<>();
    private int startupFailuresInRow;
    private String lastStartupOutput = "";
    /**
     * Why the scheduler gave up starting workers, fixed when it did: work that comes back later (sent
     * ahead to a worker that died after that) is reported for the same reason.
     */
    private int gaveUpAfter;
    private String gaveUpOutput;
    /** Why workers cannot run tests at all, once one said so. */
    private String fatal;
    /**
     * After a retirement, replacement spares wait until this time (System.nanoTime) or until the
     * tests moved on have started: a JVM starting beside them would take the CPU they need first.
     */
    private long sparesWaitUntil;

    Scheduler(Settings settings, WorkQueue workQueue, RunStats stats, TestSets testSets, ConsoleLogger log,
              Launcher pool, FailFast failFast) {
        this(settings, workQueue, stats, testSets, log, pool, failFast, Parallelism.OFF);
    }

    Scheduler(Settings settings, WorkQueue workQueue, RunStats stats, TestSets testSets, ConsoleLogger log,
              Launcher pool, FailFast failFast, Parallelism parallelism) {
        this.failFast = failFast;
        this.parallelism = parallelism;
        this.settings = settings;
        this.workQueue = workQueue;
        this.stats = stats;
        this.testSets = testSets;
        this.log = log;
        this.pool = pool;
    }

    boolean anyAlive() {
        return !alive.isEmpty();
    }

    Worker alive(int id) {
        return alive.get(id);
    }

    Iterable<Worker> alive() {
        return alive.values();
    }

    /** Surefire told the fork to shut down: the tests' thread dumps belong where the fork's goes. */
    void dumpThreads() {
        for (Worker w : alive.values()) {
            w.send(CommandType.DUMP_THREADS);
        }
    }

    String fatal() {
        return fatal;
    }

    /** No worker will be given work any more; those that ask are let go. */
    void fatal(String why) {
        fatal = why;
    }

    /** No worker can connect any more: those still starting never will, and the run ends with why. */
    void doorBroken(String why) {
        fatal(why);
        for (Worker w : alive.values()) {
            if (w.state == Worker.State.STARTING) {
                w.process.destroyForcibly();
            }
        }
    }

    /** A worker completed something: deaths before that no longer count as start-up failures. */
    void progressMade() {
        startupFailuresInRow = 0;
    }

    /** A worker died before completing a single test. */
    void startupFailure(String output) {
        startupFailuresInRow++;
        lastStartupOutput = output;
    }

    /** The worker was asked to exit; it is killed if it has not within retire.exitTimeout. */
    void exiting(Worker worker) {
        exitingSince.put(worker, System.nanoTime());
    }

    void ended(Worker worker) {
        alive.remove(worker.id);
        exitingSince.remove(worker);
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
        int running = count(Worker.State.RUNNING);
        if (fatal == null && running == 0 && workQueue.pendingWork() == 0 && count(Worker.State.RETIRING) == 0) {
            workQueue.startRerunRound();
        }
        for (Worker w : new ArrayList<>(alive.values())) {
            if (w.state != Worker.State.IDLE) {
                continue;
            }
            Work work = fatal == null && running < settings.workers() ? workQueue.peek() : null;
            boolean tooUsed = work != null && work.freshWorker && (w.completedAnything || FailFast.drained(w));
            // started from an archive dropped since: it might fail in the middle of a test
            boolean badArchive = w.archive != null && pool != null && pool.archiveDropped(w);
            if (work != null && !tooUsed && !badArchive) {
                List<Work> batch = batch(running);
                w.begin(batch);
                running++;
                send(w, batch);
                first = first == null ? w : first;
            } else if (fatal != null || tooUsed || badArchive
                    || (workQueue.pendingWork() == 0 && (running == 0 || !settings.onFailure()) && !anyDraining())) {
                w.state = Worker.State.STOPPING;
                exiting(w);
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
        for (Worker w : alive.values()) {
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
        if (fatal != null || parallelism == Parallelism.CLASSES) {
            return;
        }
        for (Worker w : alive.values()) {
            Work work = workQueue.peek();
            if (work == null || work.freshWorker || workQueue.pendingWork() < settings.workers()) {
                return;
            }
            // A worker that runs windows may end its class with a continuation of it, which goes first
            // in line; a class sent ahead would wait behind that test set, still open, for its events.
            if (w.state == Worker.State.RUNNING && w.queuedWork == null && w.only() != null
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

    /** A worker the pool started before the scheduler existed. */
    void adopt(Worker worker) {
        alive.put(worker.id, worker);
        stats.workerStarted();
    }

    /** Starts workers until enough run or wait as spares, or there is no work left for another. */
    void topUp() {
        if (fatal != null) {
            return;
        }
        if (startupFailuresInRow >= settings.maxStartupFailures()) {
            if (gaveUpOutput == null) {
                gaveUpAfter = startupFailuresInRow;
                gaveUpOutput = lastStartupOutput;
            }
            testSets.giveUp(gaveUpAfter, gaveUpOutput);
            schedule();
            return;
        }
        int running = count(Worker.State.RUNNING);
        int ready = running + count(Worker.State.IDLE) + count(Worker.State.STARTING);
        int busyOrWaiting = running + workQueue.pendingWork();
        boolean sparesNow = System.nanoTime() - sparesWaitUntil >= 0;
        int runners = Math.min(settings.workers(), busyOrWaiting);
        int wanted = runners + (settings.onFailure() && busyOrWaiting > 0 && sparesNow ? settings.spares() : 0);
        while (ready < wanted) {
            try {
                adopt(pool.start(ready >= runners));
                ready++;
            } catch (IOException e) {
                startupFailuresInRow = settings.maxStartupFailures();
                lastStartupOutput = e.toString();
                testSets.giveUp(startupFailuresInRow, lastStartupOutput);
                schedule();
                return;
            }
        }
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
        killOverdue();
        killSilent();
        killSpeechless();
    }

    /**
     * A worker that has not said HELLO within {@link #HELLO_DEADLINE_MILLIS} of its start is killed; its
     * end counts as a start-up failure. Not one that may wait for a debugger to attach (suspend=y).
     */
    private void killSpeechless() {
        long now = System.nanoTime();
        for (Worker w : alive.values()) {
            if (w.state == Worker.State.STARTING && !w.debugged && !w.speechless
                    && now - w.startedAt > TimeUnit.MILLISECONDS.toNanos(HELLO_DEADLINE_MILLIS)) {
                w.speechless = true;
                log.error("[retire] " + w + " did not say hello within " + HELLO_DEADLINE_MILLIS / 1000
                        + " s of its start; killing it");
                w.process.destroyForcibly();
            }
        }
    }

    /**
     * The last stage of a hard timeout, for when neither stage in the worker could act: the Java
     * stage needs a JVM that runs Java threads, and the native one is missing with
     * {@code retire.hardkill=java} or where the library cannot load. A worker running tests sends
     * something at every test's start and end, so one that has sent nothing for the whole limit,
     * the grace and {@link WatchdogMessage#SUPERVISOR_MARGIN_MILLIS} more is stalled: the supervisor kills it.
     */
    private void killSilent() {
        if (settings.testTimeoutMillis() <= 0) {
            return;
        }
        long limit = TimeUnit.MILLISECONDS.toNanos(settings.testTimeoutMillis() + settings.timeoutGraceMillis()
                + WatchdogMessage.SUPERVISOR_MARGIN_MILLIS);
        long now = System.nanoTime();
        for (Worker w : alive.values()) {
            if (w.state == Worker.State.RUNNING && !w.killedBySupervisor && now - w.lastHeard > limit
                    && w.process.isAlive()) {
                w.killedBySupervisor = true;
                w.process.destroyForcibly();
            }
        }
    }

    void killOverdue() {
        long now = System.nanoTime();
        for (Map.Entry<Worker, Long> e : new ArrayList<>(exitingSince.entrySet())) {
            if (now - e.getValue() > TimeUnit.MILLISECONDS.toNanos(settings.exitTimeoutMillis())) {
                log.warning("[retire] " + e.getKey() + " did not exit within " + settings.exitTimeoutMillis()
                        + " ms (" + Settings.EXIT_TIMEOUT + ") of being asked to; killing it");
                e.getKey().process.destroyForcibly();
                exitingSince.remove(e.getKey());
            }
        }
    }

    private int count(Worker.State state) {
        int n = 0;
        for (Worker w : alive.values()) {
            if (w.state == state) {
                n++;
            }
        }
        return n;
    }
}
