package io.github.retire.provider.run;

import java.nio.file.Path;
import java.util.List;

import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.worker.ExitStatus;
import io.github.retire.provider.worker.Launcher;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.Durations;
import io.github.retire.wire.WatchdogMessage;

/**
 * How a worker ended, judged once, when everything it said is in (its exit status, its connection's end,
 * both pipes' ends, and what its journal held): from then on every decision and every report about its
 * end reads this value, never the facts it was judged from.
 */
final class WorkerEnd {
    enum Kind {
        /** It retired after a failure, as asked by retire.onFailure; its exit was expected. */
        RETIRED,
        /** It was told to shut down and did, with nothing left to run. */
        SHUT_DOWN,
        /** It ended on its own while it ran nothing: between classes, or before its first. */
        ENDED_IDLE,
        /** It ended on its own in the middle of its work: an exit, a signal, an out-of-memory death. */
        CRASHED,
        /** The supervisor ended it for sending what the protocol does not allow. */
        ENDED_BY_RETIRE,
        /** A test overran retire.testTimeout, and one stage of the hard timeout ended the JVM. */
        TIMED_OUT
    }

    /** Which stage of a hard timeout ended the worker. */
    enum Stage {
        /** The worker's own guard: it sent the overrunning test's name and a thread dump, then halted. */
        JAVA,
        /** The native watchdog thread, when the JVM could no longer run Java code. */
        NATIVE,
        /** The supervisor, when the worker stayed silent past every stage (see {@link Deadlines}). */
        SUPERVISOR
    }

    final Kind kind;
    /** The stage that ended it, for {@link Kind#TIMED_OUT}; else null. */
    final Stage stage;
    /** Whether it was killed for not exiting within retire.exitTimeout of being asked to. */
    final boolean killedOverdue;
    /** Whether it was killed for not saying hello within the supervisor's deadline. */
    final boolean killedSpeechless;
    /** Whether the supervisor killed it silent after it was given a class and before it started it. */
    final boolean killedUnstarted;
    /** Whether it ever said hello: one that did started well, whatever ended it. */
    final boolean saidHello;
    private final String worker;
    private final Integer exitStatus;
    private final String lastOutput;
    private final String protocolError;
    /** The Java stage's report: the overrunning test's unique id, the message, the thread dump. */
    private final List<String> timeout;
    private final Path fatalLog;
    private final Settings settings;

    private WorkerEnd(Kind kind, Stage stage, Worker w, Path fatalLog, Settings settings) {
        this.kind = kind;
        this.stage = stage;
        this.killedOverdue = w.killed == Worker.Kill.OVERDUE;
        this.killedSpeechless = w.killed == Worker.Kill.SPEECHLESS;
        this.killedUnstarted = w.killed == Worker.Kill.SILENT_UNSTARTED;
        this.saidHello = w.connection != null;
        this.worker = w.toString();
        this.exitStatus = w.exitStatus;
        this.lastOutput = w.lastOutput();
        this.protocolError = w.protocolError;
        this.timeout = w.timeout;
        this.fatalLog = fatalLog;
        this.settings = settings;
    }

    /**
     * @param was      its state before it ended
     * @param launcher where its fatal error log may be found, or null
     */
    static WorkerEnd judge(Worker w, Worker.State was, Settings settings, Launcher launcher) {
        if (!w.busy()) {
            Kind kind = was == Worker.State.RETIRING ? Kind.RETIRED
                    : was == Worker.State.STOPPING ? Kind.SHUT_DOWN : Kind.ENDED_IDLE;
            return new WorkerEnd(kind, null, w, null, settings);
        }
        if (was == Worker.State.RETIRING && w.protocolError == null) {
            return new WorkerEnd(Kind.RETIRED, null, w, null, settings);
        }
        // The Java stage names the test; the watchdog's line proves the native stage; the supervisor's kill
        // for silence comes last. Any of them makes it a timeout, whatever else it did before it died.
        Stage stage = w.timeout != null ? Stage.JAVA : w.killedByWatchdog ? Stage.NATIVE
                : w.killed == Worker.Kill.SILENT || w.killed == Worker.Kill.SILENT_UNSTARTED ? Stage.SUPERVISOR : null;
        if (stage != null) {
            return new WorkerEnd(Kind.TIMED_OUT, stage, w, null, settings);
        }
        if (w.protocolError != null) {
            return new WorkerEnd(Kind.ENDED_BY_RETIRE, null, w, null, settings);
        }
        return new WorkerEnd(Kind.CRASHED, null, w, launcher == null ? null : launcher.fatalErrorLog(w), settings);
    }

    /**
     * Into the run record: the crash or timeout, if the end was one, and the end itself. A crash names the
     * test it ran (the first, when several ran side by side), a Java-stage timeout the one that overran.
     */
    void record(RunRecord record, Worker w) {
        String test = overran();
        String where = null;
        for (Part part : w.parts) {
            if (test == null && !part.running.isEmpty()) {
                test = part.running.keySet().iterator().next();
            }
            where = where != null ? where : !part.running.isEmpty()
                    ? part.running.values().iterator().next().report.toString() : part.work.testClass;
        }
        where = where != null ? where : "no test";
        if (kind == Kind.TIMED_OUT) {
            record.timeout(w.id, test, stage.name(), message(where));
        } else if (lost()) {
            record.crash(w.id, test, message(where));
        }
        record.end(w.id, kind.name(), stage == null ? null : stage.name(), exitStatus,
                ExitStatus.signal(exitStatus, lastOutput), killedOverdue);
    }

    /** Whether the end cost the tests it ran: they get errors, and the run counts it. */
    boolean lost() {
        return kind == Kind.CRASHED || kind == Kind.ENDED_BY_RETIRE || kind == Kind.TIMED_OUT;
    }

    boolean timedOut() {
        return kind == Kind.TIMED_OUT;
    }

    /** The unique id of the test the Java stage named as overrunning, or null. */
    String overran() {
        return timeout != null ? timeout.get(0) : null;
    }

    /** The error type the reports show (a name, not a class: Surefire reads it from the trace's first line). */
    String errorType() {
        return timedOut() ? TestSets.TIMEOUT : TestSets.CRASH;
    }

    /** How its process ended (status or signal), in words. */
    String exit() {
        return ExitStatus.describe(exitStatus, lastOutput);
    }

    String lastOutput() {
        return lastOutput;
    }

    /** @param where the test (or class) it ran, or the tests, when several ran side by side */
    String message(String where) {
        switch (kind) {
            case TIMED_OUT:
                if (killedUnstarted) {
                    return worker + " did not start " + where + " within " + Durations.describe(Deadlines.HELLO_DEADLINE_MILLIS)
                            + " of being given it";
                }
                return (stage == Stage.JAVA ? timeout.get(1) : Durations.timedOutAfter(settings.testTimeoutMillis()))
                        + " in " + where;
            case ENDED_BY_RETIRE:
                return worker + " was ended by retire, having sent what it may not (" + protocolError
                        + "), while running " + where;
            default:
                return worker + " " + exit() + " while running " + where
                        + (fatalLog == null ? "" : "; fatal error log: " + fatalLog);
        }
    }

    /** What the error's trace carries below its first line. */
    String detail() {
        if (kind == Kind.TIMED_OUT) {
            return stage == Stage.JAVA
                    ? "Thread dump (the test thread first):" + System.lineSeparator() + timeout.get(2)
                    : "The JVM was unresponsive and no stack could be taken: " + killer();
        }
        return lastOutput.isEmpty() ? "" : "Last output of the worker:" + System.lineSeparator() + lastOutput;
    }

    private String killer() {
        String grace = Durations.describe(settings.timeoutGraceMillis()) + " (" + Settings.TIMEOUT_GRACE + ")";
        if (stage == Stage.NATIVE) {
            return "the native watchdog killed " + worker + " " + grace + " after the deadline.";
        }
        if (killedUnstarted) {
            return "the supervisor killed " + worker + ", silent for " + Durations.describe(Deadlines.HELLO_DEADLINE_MILLIS)
                    + " after it was given its class, before it started it.";
        }
        return "the supervisor killed " + worker + ", silent for " + grace + " + "
                + Durations.describe(WatchdogMessage.SUPERVISOR_MARGIN_MILLIS) + " after the deadline (no native watchdog"
                + " in the worker, or it could not act).";
    }

    @Override
    public String toString() {
        return worker + " " + kind + (stage == null ? "" : " (" + stage + ")");
    }
}
