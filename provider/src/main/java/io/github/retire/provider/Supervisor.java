package io.github.retire.provider;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.TestReport;
import io.github.retire.wire.WatchdogMessage;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * The one thread that owns the run. Every worker event arrives on one queue and is handled here,
 * one at a time, so scheduling and accounting need no locks and every outcome has one origin.
 * Handlers are named after what they handle, {@code worker<Event>}.
 */
final class Supervisor {
    private final BlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
    private final Settings settings;
    private final Ledger ledger;
    private final Relay relay;
    private final ConsoleLogger log;
    private final Map<Integer, Worker> alive = new LinkedHashMap<>();
    private final Map<Worker, Long> exitingSince = new HashMap<>();
    private final Map<Worker, Map<String, String>> systemProperties = new HashMap<>();
    private final Failures failures;
    private final java.util.Set<String> logged = new java.util.HashSet<>();
    private WorkerPool pool;
    private String fatal;
    private int startupFailuresInRow;
    private String lastStartupOutput = "";

    Supervisor(Settings settings, Ledger ledger, Relay relay, ConsoleLogger log) {
        this.settings = settings;
        this.ledger = ledger;
        this.relay = relay;
        this.log = log;
        this.failures = new Failures(ledger, relay);
    }

    void post(WorkerEvent event) {
        queue.add(event);
    }

    /**
     * Runs every piece of work in the ledger to an outcome.
     *
     * @return null, or why the workers could not run tests at all
     */
    String run(WorkerPool workerPool) throws InterruptedException {
        this.pool = workerPool;
        topUp();
        while (!alive.isEmpty()) {
            WorkerEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                dispatch(event);
            }
            killOverdue();
        }
        log.info(ledger.summary());
        return fatal;
    }

    private void dispatch(WorkerEvent e) {
        switch (e.kind) {
            case FRAME:
                if (e.connection.worker == null) {
                    workerHello(e.connection, e.frame);
                } else if (e.connection.worker.barrier.admit(e.frame)) {
                    workerEvent(e.connection.worker, e.frame);
                }
                break;
            case NATIVE_OUTPUT:
                if (WatchdogMessage.matches(e.text, e.worker.secret)) {
                    e.worker.killedByWatchdog = true;
                }
                e.worker.rememberOutput(e.text);
                output(e.worker, e.stdout, e.text, true);
                break;
            case PIPE_SYNC:
                e.worker.barrier.pipeReached(e.stdout, e.number).forEach(f -> workerEvent(e.worker, f));
                break;
            case DISCONNECTED:
                if (e.connection.worker != null) {
                    e.connection.worker.connectionClosed();
                    workerMaybeEnded(e.connection.worker);
                }
                break;
            case OUTPUT_CLOSED:
                e.worker.barrier.pipeClosed(e.stdout).forEach(f -> workerEvent(e.worker, f));
                e.worker.outputClosed(e.stdout);
                workerMaybeEnded(e.worker);
                break;
            case EXITED:
                e.worker.exitStatus = e.number;
                workerMaybeEnded(e.worker);
                break;
            default:
                throw new IllegalStateException(e.kind.toString());
        }
    }

    private void workerHello(Connection connection, Frame<EventType> frame) {
        Worker worker = null;
        if (frame.type() == EventType.HELLO) {
            try {
                worker = alive.get(Integer.parseInt(frame.string(0)));
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
        schedule();
    }

    /** One event of a worker, in the order the worker sent it and after the native output before it. */
    private void workerEvent(Worker worker, Frame<EventType> frame) {
        EventType type = frame.type();
        Work work = worker.currentWork;
        switch (type) {
            case SYSTEM_PROPERTIES:
                systemProperties.put(worker, parseProperties(frame.string(0)));
                break;
            case TESTSET_STARTING:
                // A class continued after a retirement is still open: one test set, whatever the JVMs.
                TestReport classReport = TestReport.fromFrame(frame);
                worker.classUid = classReport.uniqueId();
                if (!ledger.testSetOpen(work)) {
                    ledger.testSetOpened(work, classReport);
                    relay.testSetStarting(work, classReport);
                }
                break;
            case PLAN:
                worker.progress.plan(frame.string(0));
                break;
            case TESTSET_COMPLETED:
                ledger.testSetClosed(work);
                relay.testSetCompleted(work, TestReport.fromFrame(frame), systemProperties.get(worker));
                break;
            case TEST_STARTING:
                worker.currentTest = TestReport.fromFrame(frame);
                worker.progress.started(worker.currentTest.uniqueId());
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
                ledger.testEnded(work);
                if (type == EventType.TEST_FAILED || type == EventType.TEST_ERROR) {
                    ledger.failed(work, worker.lastReport);
                }
                relay.test(work, type, worker.lastReport);
                break;
            case STDOUT:
            case STDERR:
                output(worker, type == EventType.STDOUT, frame.string(0), Integer.valueOf(1).equals(frame.number()));
                break;
            case CLASS_DONE:
                finishStream(work, systemProperties.get(worker));
                worker.currentWork = null;
                worker.state = Worker.State.IDLE;
                worker.completedAnything = true;
                startupFailuresInRow = 0;
                schedule();
                topUp();
                break;
            case RETIRE:
                workerRetire(worker, frame);
                break;
            case TIMEOUT:
                worker.timeout = frame.strings();
                break;
            case LOG:
                // Workers say the same things (a missing native watchdog, say): once is enough.
                if (logged.add(frame.string(0) + frame.string(1))) {
                    if ("WARNING".equals(frame.string(0))) {
                        log.warning("[retire] " + frame.string(1));
                    } else {
                        log.info("[retire] " + frame.string(1));
                    }
                }
                break;
            case FATAL:
                fatal = frame.string(0);
                log.error("[retire] " + worker + " cannot run tests: " + fatal);
                break;
            default:
                log.warning("[retire] unexpected " + type + " from " + worker);
        }
    }

    /** The worker stopped after a failure; what it left of its class runs next, in a fresh worker. */
    private void workerRetire(Worker worker, Frame<EventType> frame) {
        Work work = worker.currentWork;
        Leftovers.Left left = worker.progress.of(worker.classUid, frame.string(0));
        String failed = worker.lastReport != null ? worker.lastReport.toString() : work.testClass;
        worker.state = Worker.State.RETIRING;
        worker.currentWork = null;
        worker.currentTest = null;
        worker.completedAnything = true;
        startupFailuresInRow = 0;
        exitingSince.put(worker, System.nanoTime());
        ledger.retired();
        worker.send(CommandType.RETIRE_ACK);
        String moved = carryOn(work, left, systemProperties.get(worker), "nothing of its class was left");
        log.info("[retire] " + worker + " retired after " + failed + " failed; " + moved);
    }

    /**
     * What a departed worker left of its work goes first in line, or, when nothing is left, the
     * stream is finished.
     *
     * @return words for the log
     */
    private String carryOn(Work work, Leftovers.Left left, Map<String, String> properties, String whyNothing) {
        if (left.isEmpty()) {
            finishStream(work, properties);
            schedule();
            topUp();
            return whyNothing;
        }
        ledger.continueFirst(work.continuation(left.all()));
        Worker next = schedule();
        topUp();
        String what = left.known.isEmpty() ? "the later invocations"
                : left.known.size() + " selection" + (left.known.size() == 1 ? "" : "s")
                        + (left.speculative.isEmpty() ? "" : " and the later invocations");
        return what + " of " + work.testClass + " moved to " + (next != null ? next.toString() : "a fresh worker");
    }

    private void output(Worker worker, boolean stdout, String text, boolean newLine) {
        if (worker.currentWork != null) {
            relay.output(worker.currentWork, stdout, text, newLine);
        } else if (!text.isEmpty()) {
            log.info("[retire] " + worker + (stdout ? "" : " (stderr)") + ": " + text);
        }
    }

    /** The stream will get no more events: close its test set if still open and let the relay move on. */
    private void finishStream(Work work, Map<String, String> properties) {
        TestReport open = ledger.testSetClosed(work);
        if (open != null) {
            relay.testSetCompleted(work, open, properties);
        }
        relay.streamFinished(work);
        ledger.classDone(work);
    }

    private void workerMaybeEnded(Worker worker) {
        if (!worker.fullyEnded() || worker.state == Worker.State.ENDED) {
            return;
        }
        Worker.State was = worker.state;
        worker.state = Worker.State.ENDED;
        alive.remove(worker.id);
        exitingSince.remove(worker);
        Map<String, String> properties = systemProperties.remove(worker);
        if (was == Worker.State.RETIRING || (was == Worker.State.STOPPING && worker.currentWork == null)) {
            schedule();
            return;
        }
        String status = ExitStatus.describe(worker.exitStatus, worker.lastOutput());
        if (worker.currentWork != null) {
            Work work = worker.currentWork;
            TestReport running = worker.currentTest;
            String where = running != null ? running.toString() : work.testClass;
            String message;
            String detail = null;
            String type = Failures.CRASH;
            if (worker.timeout != null || worker.killedByWatchdog) {
                type = Failures.TIMEOUT;
                ledger.timedOut();
                message = worker.timeout != null ? worker.timeout.get(1) : "timed out after "
                        + describeMillis(settings.testTimeoutMillis()) + " (" + Settings.TEST_TIMEOUT + ")";
                detail = worker.timeout != null ? "Thread dump (the test thread first):" + System.lineSeparator()
                        + worker.timeout.get(2) : "The JVM was unresponsive and no stack could be taken: the native"
                        + " watchdog killed " + worker + " " + describeMillis(settings.timeoutGraceMillis())
                        + " (" + Settings.TIMEOUT_GRACE + ") after the deadline.";
                message = message + " in " + where;
            } else {
                ledger.crashed();
                Path fatalLog = pool.fatalErrorLog(worker);
                message = worker + " " + status + " while running " + where
                        + (fatalLog == null ? "" : "; fatal error log: " + fatalLog);
            }
            failures.workerLost(worker, type, message, detail);
            if (!worker.completedAnything && !worker.progress.anyStarted()) {
                // Died before a single test: a start-up failure, whatever it was handed.
                startupFailuresInRow++;
                lastStartupOutput = worker.lastOutput();
            }
            worker.currentWork = null;
            worker.currentTest = null;
            // A crash inside a test consumed that test; one outside any test (static init,
            // @BeforeAll) would only happen again, unless tests of this part already ran.
            Leftovers.Left left = running != null || worker.progress.anyStarted()
                    ? worker.progress.of(worker.classUid, running != null ? running.uniqueId() : null)
                    : new Leftovers.Left();
            log.error("[retire] " + message + "; " + carryOn(work, left, properties, running != null
                    || worker.progress.anyStarted() ? "nothing of its class was left"
                    : "the class is not continued: it died outside any test, before the first one"));
            return;
        } else if (!worker.completedAnything) {
            startupFailuresInRow++;
            lastStartupOutput = worker.lastOutput();
            log.error("[retire] " + worker + " " + status + " before running any test"
                    + (lastStartupOutput.isEmpty() ? "" : "; its output:" + System.lineSeparator() + lastStartupOutput));
        } else {
            log.warning("[retire] " + worker + " " + status + " while idle");
        }
        schedule();
        topUp();
    }

    /**
     * Hands work to idle workers while fewer than {@code retire.workers} run; keeps the spares idle;
     * lets idle workers go once nothing is left to run or to take over. Reruns start once everything
     * else is done, each in a worker that has run nothing yet.
     *
     * @return the worker that got the first piece of work, or null
     */
    private Worker schedule() {
        Worker first = null;
        int running = count(Worker.State.RUNNING);
        if (fatal == null && running == 0 && ledger.pendingWork() == 0 && count(Worker.State.RETIRING) == 0) {
            ledger.startRerunRound();
        }
        for (Worker w : new ArrayList<>(alive.values())) {
            if (w.state != Worker.State.IDLE) {
                continue;
            }
            Work work = fatal == null && running < settings.workers() ? ledger.peek() : null;
            boolean usable = work != null && !(work.freshWorker && w.completedAnything);
            if (usable) {
                ledger.next();
                w.currentWork = work;
                w.progress = new Leftovers();
                w.classUid = null;
                w.state = Worker.State.RUNNING;
                running++;
                if (work.wholeClass()) {
                    w.send(CommandType.RUN_CLASS, work.testClass);
                } else {
                    w.send(CommandType.RUN_TESTS, work.testClass, String.join("\n", work.uniqueIds));
                }
                first = first == null ? w : first;
            } else if (fatal != null || (work != null && work.freshWorker && w.completedAnything)
                    || (ledger.pendingWork() == 0 && (running == 0 || !settings.onFailure()))) {
                w.state = Worker.State.STOPPING;
                exitingSince.put(w, System.nanoTime());
                w.send(CommandType.SHUTDOWN);
            }
        }
        return first;
    }

    /** Starts workers until enough run or wait as spares, or there is no work left for another. */
    private void topUp() {
        if (fatal != null) {
            return;
        }
        if (startupFailuresInRow >= settings.maxStartupFailures()) {
            failures.giveUp(startupFailuresInRow, lastStartupOutput);
            schedule();
            return;
        }
        int running = count(Worker.State.RUNNING);
        int ready = running + count(Worker.State.IDLE) + count(Worker.State.STARTING);
        int busyOrWaiting = running + ledger.pendingWork();
        int wanted = Math.min(settings.workers(), busyOrWaiting)
                + (settings.onFailure() && busyOrWaiting > 0 ? settings.spares() : 0);
        while (ready < wanted) {
            try {
                Worker worker = pool.start();
                alive.put(worker.id, worker);
                ledger.workerStarted();
                ready++;
            } catch (IOException e) {
                startupFailuresInRow = settings.maxStartupFailures();
                lastStartupOutput = e.toString();
                failures.giveUp(startupFailuresInRow, lastStartupOutput);
                schedule();
                return;
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

    private void killOverdue() {
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

    private static String describeMillis(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static List<String> lines(String text) {
        List<String> list = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            list.addAll(Arrays.asList(text.split("\n")));
        }
        return list;
    }

    private static Map<String, String> parseProperties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> map = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key));
        }
        return map;
    }
}
