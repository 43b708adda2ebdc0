package io.github.retire.provider.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Connection;
import io.github.retire.provider.worker.JournalReplay;
import io.github.retire.provider.worker.Launcher;
import io.github.retire.provider.worker.PipeBarrier;
import io.github.retire.provider.worker.Worker;
import io.github.retire.provider.worker.WorkerEvent;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.WatchdogMessage;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apiguardian.api.API;

/**
 * The one thread that owns the run. Every worker event arrives on one queue and is handled here,
 * one at a time and each to its end before the next, so scheduling and accounting need no locks and
 * every outcome has one origin. What a worker's frames mean is {@link WorkerFrames}' business, who runs
 * what the {@link Scheduler}'s, the supervisor's own timers {@link Deadlines}', and how a worker leaves
 * {@link Departures}'. The loop itself only takes events, orders frames with native output
 * ({@link PipeBarrier}), and posts a worker's end once everything it said is in.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Supervisor {
    private final BlockingQueue<WorkerEvent> queue;
    private final Settings settings;
    private final WorkQueue workQueue;
    private final RunStats stats = new RunStats();
    private final TestSets testSets;
    private final Relay relay;
    private final ConsoleLogger log;
    private final FailFast failFast;
    private final Parallelism parallelism;
    private final RunRecord record;
    private LiveWorkers alive;
    private StartupGuard startup;
    private Deadlines deadlines;
    private Scheduler scheduler;
    private Departures departures;
    private WorkerFrames frames;
    /** Workers whose journal broke the protocol while it was replayed: the rest of it is not read. */
    private final Set<Worker> replayBroken = new HashSet<>();

    /**
     * @param queue where the workers' events arrive (the launcher's readers post them); only this supervisor
     *              takes
     */
    public Supervisor(Settings settings, WorkQueue workQueue, Relay relay, ConsoleLogger log,
               BlockingQueue<WorkerEvent> queue) {
        this(settings, Parallelism.OFF, workQueue, relay, log, queue, 0);
    }

    /**
     * @param parallelism           whether JUnit runs tests side by side in a worker (several classes in
     *                              one launcher execution when classes are concurrent)
     * @param skipAfterFailureCount Surefire's, 0 for none
     */
    public Supervisor(Settings settings, Parallelism parallelism, WorkQueue workQueue, Relay relay, ConsoleLogger log,
               BlockingQueue<WorkerEvent> queue, int skipAfterFailureCount) {
        this(settings, parallelism, workQueue, relay, log, queue, skipAfterFailureCount, RunRecord.off());
    }

    /** @param record where the run's record goes (docs/RUN-RECORD.md); written on this supervisor's thread */
    public Supervisor(Settings settings, Parallelism parallelism, WorkQueue workQueue, Relay relay, ConsoleLogger log,
               BlockingQueue<WorkerEvent> queue, int skipAfterFailureCount, RunRecord record) {
        this.record = record;
        this.failFast = new FailFast(skipAfterFailureCount, log);
        this.parallelism = parallelism;
        this.queue = queue;
        this.settings = settings;
        this.workQueue = workQueue;
        this.relay = relay;
        this.log = log;
        this.testSets = new TestSets(relay, stats, workQueue, log, record);
    }

    /**
     * Runs every piece of work in the queue to an outcome.
     *
     * @param first a worker the launcher already started, or null
     * @return null, or why the workers could not run tests at all
     */
    public String run(Launcher launcher, Worker first) throws InterruptedException {
        this.alive = new LiveWorkers();
        this.startup = new StartupGuard(settings.maxStartupFailures());
        this.deadlines = new Deadlines(settings, alive, log);
        this.scheduler = new Scheduler(settings, workQueue, stats, testSets, launcher, failFast, parallelism, alive, startup,
                record);
        this.departures = new Departures(settings, workQueue, stats, testSets, log, alive, startup, scheduler,
                launcher, parallelism, record);
        this.frames = new WorkerFrames(workQueue, testSets, relay, log, parallelism, startup, scheduler, departures,
                this::sinkOf, record);
        if (first != null) {
            scheduler.adopt(first);
        }
        scheduler.topUp();
        List<WorkerEvent> batch = new ArrayList<>();
        while (alive.any()) {
            WorkerEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                // Take whatever else is waiting in one go: one wake-up for a burst of events.
                batch.add(event);
                queue.drainTo(batch);
                for (WorkerEvent e : batch) {
                    try {
                        dispatch(e);
                        // at once, before another event hands out work: a failure may have drained the run
                        failFast.count(stats.normalFailures(), alive.all());
                    } catch (RuntimeException broken) {
                        brokeProtocol(e, broken);
                    } finally {
                        e.handled(); // its room in the backlog: a reader waiting for it reads on
                    }
                }
                batch.clear();
            }
            try {
                scheduler.tick();
                deadlines.check();
            } catch (RuntimeException broken) {
                // a timer's failure must not end the run: the next turn tries again
                log.error("[retire] " + broken);
            }
        }
        log.info(stats.summary(workQueue.rerunRound()));
        record.summary();
        return startup.fatal();
    }

    private void dispatch(WorkerEvent e) {
        switch (e.kind) {
            case FRAME:
                if (e.connection.worker == null) {
                    workerHello(e.connection, e.frame);
                } else {
                    e.connection.worker.lastHeard = System.nanoTime();
                    e.connection.worker.barrier.frame(e.frame, sinkOf(e.connection.worker));
                }
                break;
            case NATIVE_OUTPUT:
                String line = e.text;
                if (WatchdogMessage.matches(line, e.worker.secret)) {
                    e.worker.killedByWatchdog = true;
                    line = WatchdogMessage.withoutSecret(line, e.worker.secret);
                }
                e.worker.rememberOutput(line);
                e.worker.barrier.line(e.stdout, line, e.number == 1, !e.worker.busy(), sinkOf(e.worker));
                break;
            case PIPE_SYNC:
                e.worker.barrier.marker(e.stdout, e.number, sinkOf(e.worker));
                break;
            case DISCONNECTED:
                if (e.connection.broken() != null) {
                    brokenConnection(e);
                }
                if (e.connection.worker != null) {
                    e.connection.worker.connectionClosed();
                    ending(e.connection.worker);
                }
                break;
            case OUTPUT_CLOSED:
                e.worker.barrier.closed(e.stdout, sinkOf(e.worker));
                e.worker.outputClosed(e.stdout);
                ending(e.worker);
                break;
            case SHUTDOWN_REQUESTED:
                alive.dumpThreads();
                break;
            case DOOR_BROKEN:
                // No worker can connect any more: those still starting never will, and the run ends with why.
                startup.fatal(e.text);
                alive.killStarting();
                break;
            case EXITED:
                e.worker.exitStatus = e.number;
                ending(e.worker);
                break;
            case REPLAYED:
                // A worker that broke the protocol live still had its later events replayed, as live ones
                // are handled; only a frame of the journal itself that breaks it ends the replay.
                if (!replayBroken.contains(e.worker) && e.worker.state != Worker.State.ENDED) {
                    e.worker.barrier.frame(e.frame, sinkOf(e.worker));
                }
                break;
            case ENDED:
                replayBroken.remove(e.worker);
                e.worker.barrier.framesEnded(sinkOf(e.worker));
                departures.ended(e.worker);
                break;
            default:
                throw new IllegalStateException(e.kind.toString());
        }
    }

    /**
     * Once everything a worker said is in (exit status, the connection's end, both pipes' ends), what its
     * journal holds and it never sent goes on the queue, followed by its end: each is handled in turn, as
     * any other event, so that no handler runs inside another, and the end is judged with all of them in.
     */
    private void ending(Worker worker) {
        if (!worker.fullyEnded() || worker.endPosted || worker.state == Worker.State.ENDED) {
            return;
        }
        worker.endPosted = true;
        // A worker that never said hello has nothing in it to tell.
        if (worker.journal != null) {
            long received = worker.connection != null ? worker.connection.framesRead() : Long.MAX_VALUE;
            for (Frame<EventType> frame : JournalReplay.unsent(worker.journal, received, log)) {
                queue.add(WorkerEvent.replayed(worker, frame));
            }
        }
        queue.add(WorkerEvent.ended(worker));
    }

    /**
     * An event its worker may not send in its state, or one the supervisor failed on: it costs that
     * worker, never the run. The worker is killed and its end judged as a crash, which names why.
     */
    private void brokeProtocol(WorkerEvent e, RuntimeException broken) {
        Worker worker = e.worker != null ? e.worker : e.connection != null ? e.connection.worker : null;
        String why = broken instanceof ProtocolException ? broken.getMessage() : broken.toString()
                + (broken.getStackTrace().length > 0 ? " at " + broken.getStackTrace()[0] : "");
        if (worker == null) {
            log.warning("[retire] dropped a connection: " + why);
            if (e.connection != null) {
                e.connection.close();
            }
            return;
        }
        if (worker.protocolError == null) {
            worker.protocolError = why;
            log.error("[retire] " + worker + " sent what it may not: " + why + "; ending it");
        }
        if (worker.state == Worker.State.ENDED && !worker.busy()) {
            return;
        }
        if (!worker.fullyEnded()) {
            worker.process.destroyForcibly();
            return;
        }
        if (e.kind == WorkerEvent.Kind.REPLAYED) {
            replayBroken.add(worker); // the rest of its journal is not read; its end, judged next, names why
            return;
        }
        // It failed while its end was judged: end it here, whatever is left of its work an error.
        try {
            departures.abandon(worker);
        } catch (RuntimeException again) {
            log.error("[retire] could not account for " + worker + "'s work: " + again);
            worker.state = Worker.State.ENDED;
            alive.ended(worker);
        }
    }

    /** Where a worker's events and native lines go once the barrier lets them through. */
    private PipeBarrier.Sink sinkOf(Worker worker) {
        if (worker.sink != null) {
            return worker.sink;
        }
        worker.sink = new PipeBarrier.Sink() {
            @Override
            public void frame(Frame<EventType> frame) {
                frames.handle(worker, frame);
            }

            @Override
            public void line(boolean stdout, String text) {
                frames.output(worker, stdout, text, true, null);
            }

            @Override
            public void line(boolean stdout, String text, boolean newLine) {
                frames.output(worker, stdout, text, newLine, null);
            }
        };
        return worker.sink;
    }

    /** The first frame of a connection whose preamble named this worker. */
    private void workerHello(Connection connection, Frame<EventType> frame) {
        Worker worker = connection.admitted;
        if (frame.type() != EventType.HELLO || !String.valueOf(worker.id).equals(frame.string(0))
                || alive.get(worker.id) != worker || worker.connection != null) {
            connection.close();
            return;
        }
        connection.worker = worker;
        worker.connection = connection;
        worker.state = Worker.State.IDLE;
        record.ready(worker.id);
        scheduler.schedule();
    }

    /**
     * The reader gave a connection up on a frame it could not read (malformed, or larger than the
     * supervisor takes). Its socket is closed, which halts the worker; it is ended as after any protocol
     * error, so that what it ran is reported as a crash that says why.
     */
    private void brokenConnection(WorkerEvent e) {
        Worker worker = e.connection.worker;
        if (worker == null) {
            worker = e.connection.admitted;
            if (alive.get(worker.id) == worker && worker.connection == null && worker.protocolError == null) {
                worker.protocolError = e.connection.broken();
                log.error("[retire] " + worker + " sent what it may not: " + worker.protocolError + "; ending it");
                worker.process.destroyForcibly();
            }
            return;
        }
        brokeProtocol(e, new ProtocolException(e.connection.broken()));
    }
}
