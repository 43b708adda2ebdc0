package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.retire.provider.report.Holding;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import org.apiguardian.api.API;

/**
 * One item on the supervisor's queue. Reader, pump and exit-watcher threads only ever post these;
 * all state changes happen when the supervisor loop takes them, one at a time.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WorkerEvent {
    public enum Kind {
        /** A decoded frame from a worker connection. */
        FRAME,
        /** A worker connection reached its end (EOF or read error). */
        DISCONNECTED,
        /** A line the worker process wrote to its native stdout or stderr. */
        NATIVE_OUTPUT,
        /** A sync marker came down one of the worker's native output pipes; see PipeBarrier. */
        PIPE_SYNC,
        /** One of the worker's native output pipes reached its end. */
        OUTPUT_CLOSED,
        /** The worker process ended. */
        EXITED,
        /** Surefire told the fork to shut down; not a worker's event. */
        SHUTDOWN_REQUESTED,
        /** The worker port stopped taking connections ({@link Door}); text says why. */
        DOOR_BROKEN,
        /** A frame read back from a fully ended worker's journal: one it wrote and never sent. */
        REPLAYED,
        /** The worker has fully ended and its journal is replayed: its end is judged now. */
        ENDED
    }

    public final Kind kind;
    public final Connection connection;
    public final Worker worker;
    public final Frame<EventType> frame;
    public final String text;
    public final boolean stdout;
    /** The exit status (EXITED) or the marker number (PIPE_SYNC); for NATIVE_OUTPUT 1 when a line ends. */
    public final int number;
    /** The backlog that admitted it, to be told once it is handled; null for none. */
    private Backlog admittedBy;
    private long admitted;

    private WorkerEvent(Kind kind, Connection connection, Worker worker, Frame<EventType> frame, String text,
                        boolean stdout, int number) {
        this.kind = kind;
        this.connection = connection;
        this.worker = worker;
        this.frame = frame;
        this.text = text;
        this.stdout = stdout;
        this.number = number;
    }

    /** About what it takes of the heap while it waits; 0 for the small ones a backlog always lets by. */
    long cost() {
        if (frame != null) {
            long cost = 96;
            for (String s : frame.strings()) {
                cost += s == null ? 0 : 48 + 2L * s.length();
            }
            return cost;
        }
        return kind == Kind.NATIVE_OUTPUT ? Holding.cost(text) : 0;
    }

    void admittedBy(Backlog backlog, long cost) {
        this.admittedBy = backlog;
        this.admitted = cost;
    }

    /** Handled: what it took is free again. Called by the supervisor loop once per event. */
    public void handled() {
        if (admittedBy != null) {
            admittedBy.release(admitted);
            admittedBy = null;
        }
    }

    static WorkerEvent frame(Connection connection, Frame<EventType> frame) {
        return new WorkerEvent(Kind.FRAME, connection, null, frame, null, false, 0);
    }

    public static WorkerEvent disconnected(Connection connection) {
        return new WorkerEvent(Kind.DISCONNECTED, connection, null, null, null, false, 0);
    }

    /** @param newLine false for a piece of a line too long to pass whole, which more pieces follow */
    public static WorkerEvent nativeOutput(Worker worker, boolean stdout, String text, boolean newLine) {
        return new WorkerEvent(Kind.NATIVE_OUTPUT, null, worker, null, text, stdout, newLine ? 1 : 0);
    }

    public static WorkerEvent pipeSync(Worker worker, boolean stdout, int marker) {
        return new WorkerEvent(Kind.PIPE_SYNC, null, worker, null, null, stdout, marker);
    }

    public static WorkerEvent outputClosed(Worker worker, boolean stdout) {
        return new WorkerEvent(Kind.OUTPUT_CLOSED, null, worker, null, null, stdout, 0);
    }

    public static WorkerEvent shutdownRequested() {
        return new WorkerEvent(Kind.SHUTDOWN_REQUESTED, null, null, null, null, false, 0);
    }

    public static WorkerEvent doorBroken(String why) {
        return new WorkerEvent(Kind.DOOR_BROKEN, null, null, null, why, false, 0);
    }

    public static WorkerEvent replayed(Worker worker, Frame<EventType> frame) {
        return new WorkerEvent(Kind.REPLAYED, null, worker, frame, null, false, 0);
    }

    public static WorkerEvent ended(Worker worker) {
        return new WorkerEvent(Kind.ENDED, null, worker, null, null, false, 0);
    }

    public static WorkerEvent exited(Worker worker, int status) {
        return new WorkerEvent(Kind.EXITED, null, worker, null, null, false, status);
    }
}
