package io.github.retire.provider;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.TestReport;

/**
 * The supervisor's view of one worker JVM. Mutated only on the supervisor thread. A worker has
 * ended when its process exited, its connection closed and both output pipes drained: only then is
 * everything it said known, and only then is its end judged.
 */
final class Worker {
    enum State { STARTING, IDLE, RUNNING, RETIRING, STOPPING, ENDED }

    private static final int KEPT_OUTPUT_LINES = 40;

    final int id;
    final String secret;
    final Process process;
    /** Its journal file: what it wrote and did not send before it died (see {@link JournalReplay}). */
    final Path journal;
    State state = State.STARTING;
    Connection connection;
    /** The work this worker is running, or null. */
    Work currentWork;
    /**
     * Work already sent, which the worker starts as soon as it finishes the current work, or null.
     * Sending it ahead spares the worker a round trip through the supervisor between classes.
     */
    Work queuedWork;
    /** What of the current work has run, to work out what is left if the worker goes. */
    Leftovers progress = new Leftovers();
    /** The unique id of the class the current work runs, once the worker said. */
    String classUid;
    /** The test this worker started and has not finished, or null. */
    TestReport currentTest;
    /**
     * Every test of the current work it started and has not said ended, by unique id: a test whose end
     * never comes is an error when its class ends (see {@link Failures#unfinished}).
     */
    final Map<String, TestReport> openTests = new LinkedHashMap<>();
    /** When the supervisor had the current test's start (System.nanoTime). */
    long currentTestSince;
    /** When this worker went on to its current work, as the supervisor knows it (System.nanoTime). */
    long currentWorkSince;
    /** The Java stage of a hard timeout, as the worker reported it: unique id, message, thread dump. */
    List<String> timeout;
    /** Whether the native watchdog's line (with this worker's secret) came down stderr. */
    boolean killedByWatchdog;
    /** Whether the supervisor killed it, silent past every stage of a hard timeout (see Scheduler). */
    boolean killedBySupervisor;
    /** When the supervisor last had a frame from it (System.nanoTime). */
    long lastHeard = System.nanoTime();
    /** The system properties it reported (sys-props), for its test sets' reports; null until then. */
    Map<String, String> systemProperties;
    /** The last test outcome it reported, for the retirement log line. */
    TestReport lastReport;
    /**
     * The first failure it reported in its current work, which a retirement names: a worker that drains
     * before it retires may report more after it (an @AfterAll that fails, tests that ran beside it).
     */
    TestReport firstFailure;
    /** The failures left before skipAfterFailureCount that it was last told (0: drained), or null. */
    Integer failuresLeftTold;
    /** Whether it completed at least one class: a worker that never did is a start-up failure. */
    boolean completedAnything;
    Integer exitStatus;
    /** Orders native output with events. */
    final PipeBarrier barrier = new PipeBarrier();
    /** Where the barrier hands this worker's events and lines; made by the supervisor. */
    PipeBarrier.Sink sink;
    private boolean connectionClosed;
    private boolean stdoutClosed;
    private boolean stderrClosed;
    private final Deque<String> lastOutput = new ArrayDeque<>();

    Worker(int id, String secret, Process process, Path journal) {
        this.id = id;
        this.secret = secret;
        this.process = process;
        this.journal = journal;
    }

    /** Takes the work: its progress starts afresh. */
    void begin(Work work) {
        currentWork = work;
        progress = new Leftovers();
        classUid = null;
        firstFailure = null;
        openTests.clear();
        state = State.RUNNING;
        // the supervisor's silence clock starts with the work, not with the last thing an idle spare said
        lastHeard = System.nanoTime();
        currentWorkSince = lastHeard;
    }

    /** The current work is done; the worker is idle until {@link #beginQueued()}. */
    void finishCurrent() {
        currentWork = null;
        state = State.IDLE;
        completedAnything = true;
    }

    /** The worker went on to the work it was sent ahead, if any. */
    void beginQueued() {
        if (queuedWork != null) {
            begin(queuedWork);
            queuedWork = null;
        }
    }

    void send(CommandType type, String... strings) {
        if (connection != null) {
            connection.send(type, strings);
        }
    }

    void connectionClosed() {
        connectionClosed = true;
    }

    void outputClosed(boolean stdout) {
        if (stdout) {
            stdoutClosed = true;
        } else {
            stderrClosed = true;
        }
    }

    /** True once exit status, connection end and both pipes' ends are all in. */
    boolean fullyEnded() {
        return exitStatus != null && (connectionClosed || connection == null) && stdoutClosed && stderrClosed;
    }

    void rememberOutput(String line) {
        if (lastOutput.size() == KEPT_OUTPUT_LINES) {
            lastOutput.removeFirst();
        }
        lastOutput.addLast(line);
    }

    /** The last lines the worker wrote to its native stdout and stderr, for crash reports. */
    String lastOutput() {
        return String.join(System.lineSeparator(), lastOutput);
    }

    @Override
    public String toString() {
        return "worker " + id;
    }
}
