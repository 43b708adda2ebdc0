package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.github.retire.provider.jvm.ClassDataSharing;
import io.github.retire.provider.report.Holding;
import io.github.retire.provider.work.Work;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.TestReport;
import org.apiguardian.api.API;

/**
 * The supervisor's view of one worker JVM. Mutated only on the supervisor thread. A worker has
 * ended when its process exited, its connection closed and both output pipes drained: only then is
 * everything it said known, and only then is its end judged.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Worker {
    public enum State { STARTING, IDLE, RUNNING, RETIRING, STOPPING, ENDED }

    /** Why the supervisor killed it, if it did (the run loop's {@code Deadlines}); the first reason stands. */
    public enum Kill {
        /** Silent past every stage of a hard timeout. */
        SILENT,
        /** Silent past the hello deadline after it was given a class, before it started it. */
        SILENT_UNSTARTED,
        /** It did not exit within retire.exitTimeout of being asked to. */
        OVERDUE,
        /** It did not say hello in time. */
        SPEECHLESS
    }

    /** The failure a worker retired after, while the tests beside it finish (JUnit's parallel mode). */
    public static final class Retirement {
        public final String failedUid;
        /** The same, as the log names it. */
        public final String failedName;

        public Retirement(String failedUid, String failedName) {
            this.failedUid = failedUid;
            this.failedName = failedName;
        }
    }

    private static final int KEPT_OUTPUT_LINES = 40;

    public final int id;
    public final String secret;
    public final Process process;
    /** Its journal file: what it wrote and did not send before it died (see {@link JournalReplay}). */
    public final Path journal;
    /** The class-data archive it mapped, or null (see {@link ClassDataSharing#drop}). */
    public Path archive;
    public State state = State.STARTING;
    public Connection connection;
    /**
     * The work this worker is running: one part, or several classes in one launcher execution (JUnit's
     * parallel mode); empty when it runs nothing.
     */
    public final List<Part> parts = new ArrayList<>();
    /**
     * Work already sent, which the worker starts as soon as it finishes the current work, or null.
     * Sending it ahead spares the worker a round trip through the supervisor between classes.
     */
    public Work queuedWork;
    /** What it retired after, while the tests beside the failed one finish; null otherwise. */
    public Retirement retirement;
    /** Why the supervisor ended it: it sent what the protocol does not allow; null if it did not. */
    public String protocolError;
    /** When this worker went on to its current work, as the supervisor knows it (System.nanoTime). */
    public long currentWorkSince;
    /** The Java stage of a hard timeout, as the worker reported it: unique id, message, thread dump. */
    public List<String> timeout;
    /** Whether the native watchdog's line (with this worker's secret) came down stderr. */
    public boolean killedByWatchdog;
    /** Why the supervisor killed it, or null. */
    public Kill killed;
    /** When its process was started (System.nanoTime). */
    public long startedAt = System.nanoTime();
    /** Whether it starts with a debugger's agent, and may wait for the debugger before it says hello. */
    public boolean debugged;
    /** Started as a spare (it rehearses while it waits). */
    public boolean spare;
    /** When the supervisor last had a frame from it (System.nanoTime). */
    public long lastHeard = System.nanoTime();
    /** The system properties it reported (sys-props), for its test sets' reports; null until then. */
    public Map<String, String> systemProperties;
    /** The last test outcome it reported, for the retirement log line. */
    public TestReport lastReport;
    /**
     * The first failure it reported in its current work, which a retirement names: a worker that drains
     * before it retires may report more after it (an @AfterAll that fails, tests that ran beside it).
     */
    public TestReport firstFailure;
    /** The failures left before skipAfterFailureCount that it was last told (0: drained), or null. */
    public Integer failuresLeftTold;
    /** Whether it completed at least one class: a worker that never did is a start-up failure. */
    public boolean completedAnything;
    public Integer exitStatus;
    /** Orders native output with events. */
    public final PipeBarrier barrier;
    /** Where the barrier hands this worker's events and lines; made by the supervisor. */
    public PipeBarrier.Sink sink;
    /** Whether its end is on the supervisor's queue, after what its journal held: judged when taken. */
    public boolean endPosted;
    private boolean connectionClosed;
    private boolean stdoutClosed;
    private boolean stderrClosed;
    private final Deque<String> lastOutput = new ArrayDeque<>();

    public Worker(int id, String secret, Process process, Path journal) {
        this(id, secret, process, journal, Holding.inMemory());
    }

    /** @param holding where native lines wait for their place among the events */
    public Worker(int id, String secret, Process process, Path journal, Holding holding) {
        this.id = id;
        this.secret = secret;
        this.process = process;
        this.journal = journal;
        this.barrier = new PipeBarrier(holding);
    }

    /** Takes the work: its progress starts afresh. */
    public void begin(Work work) {
        begin(Collections.singletonList(work));
    }

    /** Takes several classes to run in one launcher execution. */
    public void begin(List<Work> works) {
        parts.clear();
        firstFailure = null;
        for (Work work : works) {
            parts.add(new Part(work));
        }
        state = State.RUNNING;
        // the supervisor's silence clock starts with the work, not with the last thing an idle spare said
        lastHeard = System.nanoTime();
        currentWorkSince = lastHeard;
    }

    public boolean busy() {
        return !parts.isEmpty();
    }

    /** The part of a worker that runs one piece of work, else null. */
    public Part only() {
        return parts.size() == 1 ? parts.get(0) : null;
    }

    /** The part this report belongs to, or null when none does. */
    public Part partOf(TestReport report) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        for (Part part : parts) {
            if (part.owns(report)) {
                return part;
            }
        }
        return null;
    }

    /** The part below whose class this unique id lies, or null. */
    public Part partOf(String uniqueId) {
        for (Part part : parts) {
            if (part.owns(uniqueId)) {
                return part;
            }
        }
        return null;
    }

    /** The running test with this unique id, in whatever part, or null. */
    public Part.Running running(String uniqueId) {
        for (Part part : parts) {
            Part.Running r = part.running.get(uniqueId);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Whether any test of this worker is running. */
    public boolean anyRunning() {
        for (Part part : parts) {
            if (!part.running.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The current work is done; the worker is idle until {@link #beginQueued()}. */
    public void finishCurrent() {
        parts.clear();
        state = State.IDLE;
        completedAnything = true;
    }

    /** The worker went on to the work it was sent ahead, if any. */
    public void beginQueued() {
        if (queuedWork != null) {
            begin(queuedWork);
            queuedWork = null;
        }
    }

    public void send(CommandType type, String... strings) {
        if (connection != null) {
            connection.send(type, strings);
        }
    }

    public void connectionClosed() {
        connectionClosed = true;
    }

    public void outputClosed(boolean stdout) {
        if (stdout) {
            stdoutClosed = true;
        } else {
            stderrClosed = true;
        }
    }

    /** Whether it can be given work: its process and connection are still there. */
    public boolean reachable() {
        return exitStatus == null && !connectionClosed;
    }

    /** The supervisor kills it, for the first reason it has. */
    public void kill(Kill why) {
        if (killed == null) {
            killed = why;
        }
        process.destroyForcibly();
    }

    /** True once exit status, connection end and both pipes' ends are all in. */
    public boolean fullyEnded() {
        return exitStatus != null && (connectionClosed || connection == null) && stdoutClosed && stderrClosed;
    }

    public void rememberOutput(String line) {
        if (lastOutput.size() == KEPT_OUTPUT_LINES) {
            lastOutput.removeFirst();
        }
        lastOutput.addLast(line);
    }

    /** The last lines the worker wrote to its native stdout and stderr, for crash reports. */
    public String lastOutput() {
        return String.join(System.lineSeparator(), lastOutput);
    }

    @Override
    public String toString() {
        return "worker " + id;
    }
}
