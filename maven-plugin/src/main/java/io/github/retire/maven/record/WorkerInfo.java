package io.github.retire.maven.record;

import java.util.ArrayList;
import java.util.List;

/** One worker JVM: its launch, hello, classes, and how it ended (null fields while its end is not in). */
public final class WorkerInfo {
    public final int id;
    /** Its process id, or -1. */
    public final long pid;
    /** Epoch millis of its launch. */
    public final long started;
    public final boolean spare;
    /** When its hello arrived, or null (it never said hello). */
    Long ready;
    Long ended;
    String how;
    String stage;
    Integer exit;
    String signal;
    boolean overdue;
    final List<ClassStart> classes = new ArrayList<>();

    /** A class it started. */
    public static final class ClassStart {
        public final String className;
        public final long at;
        /** A continuation after a retirement or a crash. */
        public final boolean continued;

        ClassStart(String className, long at, boolean continued) {
            this.className = className;
            this.at = at;
            this.continued = continued;
        }
    }

    WorkerInfo(Fields f) {
        this.id = (int) f.num("worker", 0);
        this.pid = f.num("pid", -1);
        this.started = f.num("started", 0);
        this.spare = f.bool("spare");
    }

    void end(Fields f) {
        this.ended = f.num("at");
        this.how = f.str("how");
        this.stage = f.str("stage");
        this.exit = f.integer("exit");
        this.signal = f.str("signal");
        this.overdue = f.bool("overdue");
    }

    public Long ready() {
        return ready;
    }

    /** Epoch millis of its judged end, or null (the record ends before it). */
    public Long ended() {
        return ended;
    }

    /** {@code RETIRED}, {@code SHUT_DOWN}, {@code ENDED_IDLE}, {@code CRASHED}, {@code ENDED_BY_RETIRE}, {@code TIMED_OUT}, or null. */
    public String how() {
        return how;
    }

    public String stage() {
        return stage;
    }

    public Integer exit() {
        return exit;
    }

    public String signal() {
        return signal;
    }

    /** Killed for not exiting within retire.exitTimeout of being asked to. */
    public boolean overdue() {
        return overdue;
    }

    public List<ClassStart> classes() {
        return classes;
    }

    /** How it ended, in words, e.g. "timed out (JAVA stage)", "crashed: SIGKILL", "exited with status 3". */
    public String endInWords() {
        if (how == null) {
            return "no end recorded";
        }
        String exitWords = signal != null ? signal : exit != null ? "status " + exit : "no status";
        switch (how) {
            case "RETIRED":
                return "retired" + (overdue ? " (killed: overdue)" : "");
            case "SHUT_DOWN":
                return "shut down" + (overdue ? " (killed: overdue)" : "");
            case "ENDED_IDLE":
                return "ended while idle (" + exitWords + ")";
            case "CRASHED":
                return "crashed (" + exitWords + ")";
            case "ENDED_BY_RETIRE":
                return "ended by retire (protocol)";
            case "TIMED_OUT":
                return "timed out (" + (stage == null ? "?" : stage) + " stage)";
            default:
                return how.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
