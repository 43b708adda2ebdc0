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
    private final Ledger ledger;
    private final Relay relay;
    private final ConsoleLogger log;
    private final Failures failures;
    private final FailFast failFast;
    private final Set<String> logged = new HashSet<>();
    private Scheduler scheduler;
    private Departures departures;

    /**
     * @param queue where the workers' events arrive (the pool posts them); only this supervisor takes
     */
    /**
     * @param skipAfterFailureCount Surefire's, 0 for none
     */
    Supervisor(Settings settings, Ledger ledger, Relay relay, ConsoleLogger log, BlockingQueue<WorkerEvent> queue,
               int skipAfterFailureCount) {
        this.failFast = new FailFast(skipAfterFailureCount, log);
        this.queue = queue;
        this.settings = settings;
        this.ledger = ledger;
        this.relay = relay;
        this.log = log;
        this.failures = new Failures(ledger, relay);
    }

    /**
     * Runs every piece of work in the ledger to an outcome.
     *
     * @param first a worker the pool already started, or null
     * @return null, or why the workers could not run tests at all
     */
    String run(WorkerPool workerPool, Worker first) throws InterruptedException {
        this.scheduler = new Scheduler(settings, ledger, failures, log, workerPool, failFast);
        this.departures = new Departures(settings, ledger, relay, log, failures, scheduler, workerPool);
        if (first != null) {
            scheduler.adopt(first);
        }
        scheduler.topUp();
        List<WorkerEvent> batch = new ArrayList<>();
        while (scheduler.anyAlive()) {
            WorkerEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                // Take whatever else is waiting in one go: one wake-up for a burst of events.
                batch.add(event);
                queue.drainTo(batch);
                for (WorkerEvent e : batch) {
                    dispatch(e);
                    // at once, before another event hands out work: a failure may have drained the run
                    failFast.count(ledger.normalFailures(), scheduler.alive());
                }
                batch.clear();
            }
            scheduler.tick();
        }
        log.info(ledger.summary());
        return scheduler.fatal();
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
                e.worker.barrier.line(e.stdout, line, e.worker.currentWork == null, sinkOf(e.worker));
                break;
            case PIPE_SYNC:
                e.worker.barrier.marker(e.stdout, e.number, sinkOf(e.worker));
                break;
            case DISCONNECTED:
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
                scheduler.dumpThreads();
                break;
            case EXITED:
                e.worker.exitStatus = e.number;
                departures.maybeEnded(e.worker, sinkOf(e.worker));
                break;
            default:
                throw new IllegalStateException(e.kind.toString());
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
                output(worker, stdout, text, true);
            }
        };
        return worker.sink;
    }

    private void workerHello(Connection connection, Frame<EventType> frame) {
        Worker worker = null;
        if (frame.type() == EventType.HELLO) {
            try {
                worker = scheduler.alive(Integer.parseInt(frame.string(0)));
            } catch (NumberFormatException ignored) {
                // not one of ours
            }
        }
        if (worker == null || worker.connection != null || !worker.secret.equals(frame.string(1))) {
            connection.close();
            return;
        }
        connection.worker = worker;
        worker.connection = connection;
        worker.state = Worker.State.IDLE;
        scheduler.schedule();
    }

    /** One event of a worker, in the order the worker sent it and after the native output before it. */
    private void workerEvent(Worker worker, Frame<EventType> frame) {
        EventType type = frame.type();
        Work work = worker.currentWork;
        switch (type) {
            case SYSTEM_PROPERTIES:
                worker.systemProperties = PropertiesText.parse(frame.string(0));
                break;
            case TESTSET_STARTING:
                TestReport classReport = TestReport.fromFrame(frame);
                worker.classUid = classReport.uniqueId();
                // A class continued after a retirement is still open: one test set, whatever the JVMs.
                if (!ledger.testSetOpen(work)) {
                    ledger.testSetOpened(work, classReport);
                    relay.testSetStarting(work, classReport);
                }
                break;
            case PLAN:
                worker.progress.plan(frame.string(0));
                break;
            case TESTSET_COMPLETED:
                if (!worker.openTests.isEmpty()) {
                    failures.unfinished(worker);
                }
                // A window run to its end leaves the test set open for the invocations after it (CLASS_DONE).
                if (worker.progress.beyond(work.windows).isEmpty()) {
                    relay.testSetCompleted(work, ledger.testSetClosed(work, TestReport.fromFrame(frame)),
                            worker.systemProperties);
                }
                break;
            case TEST_STARTING:
                scheduler.releaseSpares();
                worker.currentTest = TestReport.fromFrame(frame);
                worker.currentTestSince = System.nanoTime();
                worker.progress.started(worker.currentTest.uniqueId());
                worker.openTests.put(worker.currentTest.uniqueId(), worker.currentTest);
                relay.test(work, type, worker.currentTest);
                break;
            case TEST_SUCCEEDED:
            case TEST_FAILED:
            case TEST_ERROR:
            case TEST_SKIPPED:
            case TEST_ASSUMPTION_FAILURE:
                worker.currentTest = null;
                worker.lastReport = TestReport.fromFrame(frame);
                worker.progress.ended(worker.lastReport.uniqueId());
                worker.openTests.remove(worker.lastReport.uniqueId());
                ledger.testEnded(work);
                if (type == EventType.TEST_FAILED || type == EventType.TEST_ERROR) {
                    ledger.failed(work, worker.lastReport);
                    if (worker.firstFailure == null) {
                        worker.firstFailure = worker.lastReport;
                    }
                }
                relay.test(work, type, worker.lastReport);
                break;
            case STDOUT:
            case STDERR:
                output(worker, type == EventType.STDOUT, frame.string(0), Integer.valueOf(1).equals(frame.number()));
                break;
            case CLASS_DONE:
                departures.accountFor(worker, work);
                Leftovers.Left beyond = worker.progress.beyond(work.windows);
                if (beyond.isEmpty()) {
                    departures.finishStream(work, worker.systemProperties);
                } else {
                    // More invocations may follow those the windows selected: the test set stays open.
                    ledger.continueFirst(work.continuation(beyond));
                }
                worker.finishCurrent();
                // Native lines still held came after the class: the build log's, as between classes.
                worker.barrier.idle(sinkOf(worker));
                worker.beginQueued();
                scheduler.progressMade();
                scheduler.reschedule();
                break;
            case RETIRE:
                departures.retired(worker, frame);
                break;
            case TIMEOUT:
                worker.timeout = frame.strings();
                break;
            case LOG:
                workerLog(frame.string(0), frame.string(1));
                break;
            case FATAL:
                scheduler.fatal(frame.string(0));
                log.error("[retire] " + worker + " cannot run tests: " + frame.string(0));
                break;
            default:
                log.warning("[retire] unexpected " + type + " from " + worker);
        }
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

    private void output(Worker worker, boolean stdout, String text, boolean newLine) {
        if (worker.currentWork != null) {
            relay.output(worker.currentWork, stdout, text, newLine);
        } else if (!text.isEmpty()) {
            log.info("[retire] " + worker + (stdout ? "" : " (stderr)") + ": " + text);
        }
    }
}
