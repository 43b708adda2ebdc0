package io.github.retire.provider;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
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
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * The one thread that owns the run. Every worker event arrives on one queue and is handled here,
 * one at a time, so scheduling and accounting need no locks and every outcome has one origin.
 * Handlers are named after the event they handle, {@code worker<Event>}.
 */
final class Supervisor {
    /** How long a worker asked to shut down may take before it is killed. */
    static final long EXIT_TIMEOUT_MILLIS = 30_000;
    /** Workers that die before completing anything, in a row, before we stop starting them. */
    static final int MAX_STARTUP_FAILURES = 3;

    private final BlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
    private final Settings settings;
    private final Ledger ledger;
    private final Relay relay;
    private final ConsoleLogger log;
    private final Map<Integer, Worker> alive = new LinkedHashMap<>();
    private final Map<Worker, Long> stoppingSince = new HashMap<>();
    private final Map<Worker, Map<String, String>> systemProperties = new HashMap<>();
    private WorkerPool pool;
    private String fatal;
    private int startupFailuresInRow;
    private String lastStartupOutput = "";

    Supervisor(Settings settings, Ledger ledger, Relay relay, ConsoleLogger log) {
        this.settings = settings;
        this.ledger = ledger;
        this.relay = relay;
        this.log = log;
    }

    void post(WorkerEvent event) {
        queue.add(event);
    }

    /**
     * Runs every class of the ledger to an outcome.
     *
     * @return null, or why the workers could not run tests at all
     */
    String run(WorkerPool workerPool) throws InterruptedException {
        this.pool = workerPool;
        topUp();
        while (!alive.isEmpty()) {
            WorkerEvent event = queue.poll(1, TimeUnit.SECONDS);
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
                } else {
                    workerFrame(e.connection.worker, e.frame);
                }
                break;
            case NATIVE_OUTPUT:
                workerNativeOutput(e.worker, e.stdout, e.text);
                break;
            case DISCONNECTED:
                if (e.connection.worker != null) {
                    e.connection.worker.connectionClosed();
                    workerMaybeEnded(e.connection.worker);
                }
                break;
            case PIPE_SYNC:
                e.worker.barrier.pipeReached(e.stdout, e.number).forEach(f -> workerEvent(e.worker, f));
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
        giveWork(worker);
    }

    private void workerFrame(Worker worker, Frame<EventType> frame) {
        if (worker.barrier.admit(frame)) {
            workerEvent(worker, frame);
        }
    }

    /** One event of a worker, in the order the worker sent it and after the native output before it. */
    private void workerEvent(Worker worker, Frame<EventType> frame) {
        EventType type = frame.type();
        switch (type) {
            case SYSTEM_PROPERTIES:
                systemProperties.put(worker, parseProperties(frame.string(0)));
                break;
            case TESTSET_STARTING:
                worker.testSetOpen = true;
                relay.testSetStarting(worker.currentClass, TestReport.fromFrame(frame));
                break;
            case TESTSET_COMPLETED:
                worker.testSetOpen = false;
                relay.testSetCompleted(worker.currentClass, TestReport.fromFrame(frame),
                        systemProperties.get(worker));
                break;
            case TEST_STARTING:
                worker.currentTest = TestReport.fromFrame(frame);
                relay.test(worker.currentClass, type, worker.currentTest);
                break;
            case TEST_SUCCEEDED:
            case TEST_FAILED:
            case TEST_ERROR:
            case TEST_SKIPPED:
            case TEST_ASSUMPTION_FAILURE:
                worker.currentTest = null;
                ledger.recordOutcome(type);
                relay.test(worker.currentClass, type, TestReport.fromFrame(frame));
                break;
            case STDOUT:
            case STDERR:
                output(worker, type == EventType.STDOUT, frame.string(0), Integer.valueOf(1).equals(frame.number()));
                break;
            case CLASS_DONE:
                relay.classFinished(worker.currentClass);
                ledger.classDone(worker.currentClass);
                worker.currentClass = null;
                worker.completedAnything = true;
                startupFailuresInRow = 0;
                giveWork(worker);
                break;
            case LOG:
                log.info("[retire] " + worker + ": " + frame.string(1));
                break;
            case FATAL:
                fatal = frame.string(0);
                log.error("[retire] " + worker + " cannot run tests: " + fatal);
                break;
            default:
                log.warning("[retire] unexpected " + type + " from " + worker);
        }
    }

    private void workerNativeOutput(Worker worker, boolean stdout, String line) {
        worker.rememberOutput(line);
        output(worker, stdout, line, true);
    }

    private void output(Worker worker, boolean stdout, String text, boolean newLine) {
        if (worker.currentClass != null) {
            relay.output(worker.currentClass, stdout, text, newLine);
        } else if (!text.isEmpty()) {
            log.info("[retire] " + worker + (stdout ? "" : " (stderr)") + ": " + text);
        }
    }

    private void workerMaybeEnded(Worker worker) {
        if (!worker.fullyEnded() || worker.state == Worker.State.ENDED) {
            return;
        }
        boolean asked = worker.state == Worker.State.STOPPING;
        worker.state = Worker.State.ENDED;
        alive.remove(worker.id);
        stoppingSince.remove(worker);
        systemProperties.remove(worker);
        if (asked && worker.currentClass == null) {
            return;
        }
        String status = ExitStatus.describe(worker.exitStatus);
        if (worker.currentClass != null) {
            ledger.crashed();
            String running = worker.currentTest != null ? worker.currentTest.toString() : worker.currentClass;
            String message = worker + " " + status + " while running " + running;
            log.error("[retire] " + message);
            reportCrash(worker, message);
        } else if (!worker.completedAnything) {
            startupFailuresInRow++;
            lastStartupOutput = worker.lastOutput();
            log.error("[retire] " + worker + " " + status + " before running any test"
                    + (lastStartupOutput.isEmpty() ? "" : "; its output:" + System.lineSeparator() + lastStartupOutput));
        } else {
            log.warning("[retire] " + worker + " " + status + " while idle");
        }
        topUp();
    }

    /** The running test (or, between tests, the class) gets one error; the class's test set is closed. */
    private void reportCrash(Worker worker, String message) {
        String testClass = worker.currentClass;
        String output = worker.lastOutput();
        String detail = message + (output.isEmpty() ? "" : System.lineSeparator() + "Last output of the worker:"
                + System.lineSeparator() + output);
        if (!worker.testSetOpen) {
            relay.testSetStarting(testClass, TestReport.named(null, testClass, null, null, null));
        }
        TestReport running = worker.currentTest != null ? worker.currentTest
                : TestReport.named(null, testClass, null, null, null);
        ledger.recordOutcome(EventType.TEST_ERROR);
        relay.test(testClass, EventType.TEST_ERROR, Ledger.errorReport(running, message, detail));
        relay.testSetCompleted(testClass, TestReport.named(null, testClass, null, null, null), null);
        relay.classFinished(testClass);
        ledger.classDone(testClass);
        worker.currentClass = null;
        worker.currentTest = null;
    }

    /** Gives an idle worker its next class, or lets it go. */
    private void giveWork(Worker worker) {
        String next = fatal == null ? ledger.nextClass() : null;
        if (next == null) {
            worker.state = Worker.State.STOPPING;
            stoppingSince.put(worker, System.nanoTime());
            worker.send(CommandType.SHUTDOWN);
            return;
        }
        worker.currentClass = next;
        worker.state = Worker.State.RUNNING;
        worker.send(CommandType.RUN_CLASS, next);
    }

    /** Starts workers until the configured number run, or there is no work left for another. */
    private void topUp() {
        if (fatal != null) {
            return;
        }
        if (startupFailuresInRow >= MAX_STARTUP_FAILURES) {
            giveUp();
            return;
        }
        int busy = 0;
        for (Worker w : alive.values()) {
            if (w.state != Worker.State.STOPPING) {
                busy++;
            }
        }
        int wanted = Math.min(settings.workers(), busy + ledger.pendingClasses());
        while (busy < wanted) {
            try {
                Worker worker = pool.start();
                alive.put(worker.id, worker);
                ledger.workerStarted();
                busy++;
            } catch (IOException e) {
                startupFailuresInRow = MAX_STARTUP_FAILURES;
                lastStartupOutput = e.toString();
                giveUp();
                return;
            }
        }
    }

    /** Every class not yet run is reported as an error that says why; nothing is dropped. */
    private void giveUp() {
        String reason = "not run: " + startupFailuresInRow + " worker JVMs in a row ended before completing a test"
                + (lastStartupOutput.isEmpty() ? "" : "; last output:" + System.lineSeparator() + lastStartupOutput);
        for (String testClass = ledger.nextClass(); testClass != null; testClass = ledger.nextClass()) {
            TestReport classReport = TestReport.named(null, testClass, null, null, null);
            relay.testSetStarting(testClass, classReport);
            ledger.recordOutcome(EventType.TEST_ERROR);
            relay.test(testClass, EventType.TEST_ERROR, Ledger.errorReport(classReport, reason, reason));
            relay.testSetCompleted(testClass, classReport, null);
            relay.classFinished(testClass);
            ledger.classDone(testClass);
        }
    }

    private void killOverdue() {
        long now = System.nanoTime();
        for (Map.Entry<Worker, Long> e : new ArrayList<>(stoppingSince.entrySet())) {
            if (now - e.getValue() > TimeUnit.MILLISECONDS.toNanos(EXIT_TIMEOUT_MILLIS)) {
                log.warning("[retire] " + e.getKey() + " did not exit within " + EXIT_TIMEOUT_MILLIS / 1000
                        + " s of being asked to; killing it");
                e.getKey().process.destroyForcibly();
                stoppingSince.remove(e.getKey());
            }
        }
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
