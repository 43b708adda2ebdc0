package io.github.retire.maven.record;

/** A retirement, a crash or a timeout: a mark on the worker's lane. */
public final class Event {
    public enum Kind { RETIRED, CRASH, TIMEOUT }

    public final Kind kind;
    public final int worker;
    /** Epoch millis. */
    public final long at;
    /** The test it concerns (the failed one for a retirement), by unique id, or null. */
    public final String test;
    /** What the log said: the failed test's name for a retirement, else the error's message. */
    public final String message;
    /** The timeout's stage ({@code JAVA}, {@code NATIVE}, {@code SUPERVISOR}), else null. */
    public final String stage;

    Event(Kind kind, Fields f) {
        this.kind = kind;
        this.worker = (int) f.num("worker", 0);
        this.at = f.num("at", 0);
        this.test = kind == Kind.RETIRED ? f.str("after") : f.str("test");
        this.message = kind == Kind.RETIRED ? f.str("failed") : f.str("message");
        this.stage = f.str("stage");
    }

    @Override
    public String toString() {
        return kind + " of worker " + worker + (message == null ? "" : ": " + message);
    }
}
