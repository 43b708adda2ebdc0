package io.github.retire.provider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.PropertiesText;
import io.github.retire.wire.TestReport;
import io.github.retire.wire.WatchdogMessage;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * The one thread that owns the run. Every worker event arrives on one queue and is handled here,
 * one at a time, so scheduling and accounting need no locks and every outcome has one origin.
 * Handlers are named after what they handle, {@code worker<Event>}; who runs what is the
 * {@link Scheduler}'s business, and how a worker leaves is {@link Departures}'.
 */
final class Supervisor {
    private final BlockingQueue<WorkerEvent> queue;
    private final Settings settings;
    private final WorkQueue workQueue;
    private final RunStats stats = new RunStats();
    private final TestSets testSets;
    private final Relay relay;
    private final ConsoleLogger log;
    private final Failures failures;
    private final FailFast failFast;
    private final Set<String> logged = new HashSet<>();
    private final Parallelism parallelism;
    private LiveWorkers alive;
    private StartupGuard startup;
    private Deadlines deadlines;
    private Scheduler scheduler;
    private Departures departures;

    /**
     * @param queue where the workers' events arrive (the launcher's readers post them); only this supervisor
     *              takes
     */
    Supervisor(Settings settings, WorkQueue workQueue, Relay relay, ConsoleLogger log,
               BlockingQueue<WorkerEvent> queue) {
        this(settings, Parallelism.OFF, workQueue, relay, log, queue, 0);
    }

    /**
     * @param parallelism           whether JUnit runs tests side by side in a worker (several classes in
     *                              one launcher execution when classes are concurrent)
     * @param skipAfterFailureCount Surefire's, 0 for none
     */
    Supervisor(Settings settings, Parallelism parallelism, WorkQueue workQueue, Relay relay, ConsoleLogger log,
               BlockingQueue<WorkerEvent> queue, int skipAfterFailureCount) {
        this.failFast = new FailFast(skipAfterFailureCount, log);
        this.parallelism = parallelism;
        this.queue = queue;
        this.settings = settings;
        this.workQueue = workQueue;
        this.relay = relay;
        this.log = log;
        this.testSets = new TestSets(relay, stats, workQueue, log);
        this.failures = new Failures(stats);
    }

    /**
     * Runs every piece of work in the queue to an outcome.
     *
     * @param first a worker the launcher already started, or null
     * @return null, or why the workers could not run tests at all
     */
    String run(Launcher launcher, Worker first) throws InterruptedException {
        this.alive = new LiveWorkers();
        this.startup = new StartupGuard(settings.maxStartupFailures());
        this.deadlines = new Deadlines(settings, alive, log);
        this.scheduler = new Scheduler(settings, workQueue, stats, testSets, launcher, failFast, parallelism, alive, startup);
        this.departures = new Departures(settings, workQueue, stats, testSets, log, failures, alive, startup, scheduler,
                launcher, parallelism);
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
                    departures.maybeEnded(e.connection.worker, sinkOf(e.connection.worker));
                }
                break;
            case OUTPUT_CLOSED:
                e.worker.barrier.closed(e.stdout, sinkOf(e.worker));
                e.worker.outputClosed(e.stdout);
                departures.maybeEnded(e.worker, sinkOf(e.worker));
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
                departures.maybeEnded(e.worker, sinkOf(e.worker));
                break;
            default:
                throw new IllegalStateException(e.kind.toString());
        }
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
                workerEvent(worker, frame);
            }

            @Override
            public void line(boolean stdout, String text) {
                output(worker, stdout, text, true, null);
            }

            @Override
            public void line(boolean stdout, String text, boolean newLine) {
                output(worker, stdout, text, newLine, null);
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

    /** One event of a worker, in the order the worker sent it and after the native output before it. */
    private void workerEvent(Worker worker, Frame<EventType> frame) {
        EventType type = frame.type();
        switch (type) {
            case SYSTEM_PROPERTIES:
                worker.systemProperties = PropertiesText.parse(frame.string(0));
                break;
            case TESTSET_STARTING:
                testSetStarting(worker, TestReport.fromFrame(frame));
                break;
            case PLAN:
                plan(worker, frame.string(0));
                break;
            case TESTSET_COMPLETED:
                testSetCompleted(worker, TestReport.fromFrame(frame));
                break;
            case TEST_STARTING:
                testStarting(worker, TestReport.fromFrame(frame));
                break;
            case TEST_SUCCEEDED:
            case TEST_FAILED:
            case TEST_ERROR:
            case TEST_SKIPPED:
            case TEST_ASSUMPTION_FAILURE:
                testEnded(worker, type, TestReport.fromFrame(frame));
                break;
            case STDOUT:
            case STDERR:
                output(worker, type == EventType.STDOUT, frame.string(0), Integer.valueOf(1).equals(frame.number()),
                        frame.string(1));
                break;
            case CLASS_DONE:
                classDone(worker);
                break;
            case RETIRE:
                if (worker.state == Worker.State.RETIRING) {
                    break; // a second failure beside the first: reported, and its thread stopped
                }
                if (!worker.busy()) {
                    throw new ProtocolException("retire while it ran nothing");
                }
                departures.retired(worker, frame);
                break;
            case TIMEOUT:
                worker.timeout = frame.strings();
                break;
            case LOG:
                workerLog(frame.string(0), frame.string(1));
                break;
            case FATAL:
                startup.fatal(frame.string(0));
                log.error("[retire] " + worker + " cannot run tests: " + frame.string(0));
                break;
            default:
                log.warning("[retire] unexpected " + type + " from " + worker);
        }
    }

    /**
     * The part of the worker's work that a report belongs to. Null when it belongs to none and the
     * worker is retiring: its events after the retirement are of tests the supervisor gave on already.
     */
    private Part part(Worker worker, TestReport report) {
        Part part = worker.partOf(report);
        if (part == null && (report.uniqueId() == null || !report.uniqueId().contains("/["))) {
            // An engine's own failure, above every class: the first class still running reports it.
            part = firstUnfinished(worker);
        }
        if (part == null || part.finished) {
            if (worker.state == Worker.State.RETIRING) {
                return null;
            }
            throw new ProtocolException("an event of " + report + ", which it was not running"
                    + (part != null ? " any more" : ""));
        }
        return part;
    }

    private void testSetStarting(Worker worker, TestReport classReport) {
        Part part = part(worker, classReport);
        if (part == null) {
            return;
        }
        part.classUid = classReport.uniqueId();
        testSets.starting(part.work, classReport);
    }

    private void plan(Worker worker, String lines) {
        Part part = worker.only();
        if (part == null) {
            int space = lines.indexOf(' ');
            int end = lines.indexOf('\n');
            // a class's plan follows its start; which class, its first line says (an empty plan says nothing)
            part = space < 0 ? null : worker.partOf(lines.substring(space + 1, end < 0 ? lines.length() : end));
        }
        if (part != null) {
            part.progress.plan(lines);
        }
    }

    private void testSetCompleted(Worker worker, TestReport report) {
        Part part = part(worker, report);
        // A window run to its end leaves the test set open for the invocations after it (CLASS_DONE).
        if (part == null || !part.progress.beyond(part.work.windows).isEmpty()) {
            return;
        }
        testSets.unfinished(worker, part);
        testSets.completed(part.work, report, worker.systemProperties);
        if (worker.parts.size() > 1) {
            // Classes side by side: this one is over, and the relay may go on to the next.
            testSets.finish(part.work, worker.systemProperties);
            part.finished = true;
        }
    }

    private void testStarting(Worker worker, TestReport report) {
        Part part = part(worker, report);
        if (part == null) {
            return;
        }
        if (part.progress.hasEnded(report.uniqueId())) {
            // A test runs once in a piece of work: its events again are bytes sent twice (a journal whose
            // mapping failed under it, docs/RELIABILITY.md), and relaying them would report it twice.
            throw new ProtocolException("a second start of " + report + ", which had ended");
        }
        scheduler.releaseSpares();
        part.running.put(report.uniqueId(), new Part.Running(report));
        part.progress.started(report.uniqueId());
        testSets.testStarting(part.work, report);
    }

    private void testEnded(Worker worker, EventType type, TestReport report) {
        Part part = part(worker, report);
        if (part == null) {
            return;
        }
        // An end without a start is a skipped test, or a container that failed.
        Part.Running running = part.running.remove(report.uniqueId());
        if (running == null && part.progress.hasEnded(report.uniqueId())) {
            throw new ProtocolException("a second end of " + report + ", which had ended");
        }
        worker.lastReport = report;
        part.progress.ended(report.uniqueId());
        if ((type == EventType.TEST_FAILED || type == EventType.TEST_ERROR) && worker.firstFailure == null) {
            worker.firstFailure = report;
        }
        testSets.testEnded(part.work, running, type, report);
    }

    private void classDone(Worker worker) {
        if (!worker.busy()) {
            throw new ProtocolException("class-done while it ran nothing");
        }
        for (Part part : worker.parts) {
            if (part.finished) {
                continue;
            }
            testSets.unfinished(worker, part);
            testSets.unreported(worker, part);
            Leftovers.Left beyond = part.progress.beyond(part.work.windows);
            if (beyond.isEmpty()) {
                testSets.finish(part.work, worker.systemProperties);
            } else {
                // More invocations may follow those the windows selected: the test set stays open.
                workQueue.continueFirst(part.work.continuation(beyond));
            }
        }
        worker.finishCurrent();
        // Native lines still held came after the class: the build log's, as between classes, or the next
        // class's when the worker has one
        worker.barrier.idle(worker.queuedWork != null, sinkOf(worker));
        worker.beginQueued();
        startup.progressMade();
        scheduler.reschedule();
    }
    /** Workers say the same things (a missing native watchdog, say): once is enough. */
    private void workerLog(String level, String text) {
        if (logged.add(level + text)) {
            if ("WARNING".equals(level)) {
                log.warning("[retire] " + text);
            } else {
                log.info("[retire] " + text);
            }
        }
    }

    private static Part firstUnfinished(Worker worker) {
        for (Part p : worker.parts) {
            if (!p.finished) {
                return p;
            }
        }
        return null;
    }

    /**
     * Output goes to the stream of the class that printed it. With JUnit's parallel mode, what a test
     * printed is held until its end, so that Surefire, which files the output it gets under the next
     * test of the stream to end, files it under that test even when others end first.
     *
     * @param owner the unique id of the test or container that printed it, or null (native output,
     *              or a thread no test started)
     */
    private void output(Worker worker, boolean stdout, String text, boolean newLine, String owner) {
        if (owner != null && parallelism.on()) {
            Part.Running running = worker.running(owner);
            if (running != null) {
                running.hold(relay.holding(), stdout, text, newLine);
                return;
            }
        }
        Part part = owner == null ? null : worker.partOf(owner);
        if (part == null || part.finished) {
            part = firstUnfinished(worker);
        }
        if (part != null) {
            relay.output(part.work, stdout, text, newLine);
        } else if (!text.isEmpty()) {
            log.info("[retire] " + worker + (stdout ? "" : " (stderr)") + ": " + text);
        }
    }
}
