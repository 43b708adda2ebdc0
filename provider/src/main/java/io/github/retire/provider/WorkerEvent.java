package io.github.retire.provider;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;

/**
 * One item on the supervisor's queue. Reader, pump and exit-watcher threads only ever post these;
 * all state changes happen when the supervisor loop takes them, one at a time.
 */
final class WorkerEvent {
    enum Kind {
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
        DOOR_BROKEN
    }

    final Kind kind;
    final Connection connection;
    final Worker worker;
    final Frame<EventType> frame;
    final String text;
    final boolean stdout;
    /** The exit status (EXITED) or the marker number (PIPE_SYNC). */
    final int number;

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

    static WorkerEvent frame(Connection connection, Frame<EventType> frame) {
        return new WorkerEvent(Kind.FRAME, connection, null, frame, null, false, 0);
    }

    static WorkerEvent disconnected(Connection connection) {
        return new WorkerEvent(Kind.DISCONNECTED, connection, null, null, null, false, 0);
    }

    static WorkerEvent nativeOutput(Worker worker, boolean stdout, String line) {
        return new WorkerEvent(Kind.NATIVE_OUTPUT, null, worker, null, line, stdout, 0);
    }

    static WorkerEvent pipeSync(Worker worker, boolean stdout, int marker) {
        return new WorkerEvent(Kind.PIPE_SYNC, null, worker, null, null, stdout, marker);
    }

    static WorkerEvent outputClosed(Worker worker, boolean stdout) {
        return new WorkerEvent(Kind.OUTPUT_CLOSED, null, worker, null, null, stdout, 0);
    }

    static WorkerEvent shutdownRequested() {
        return new WorkerEvent(Kind.SHUTDOWN_REQUESTED, null, null, null, null, false, 0);
    }

    static WorkerEvent doorBroken(String why) {
        return new WorkerEvent(Kind.DOOR_BROKEN, null, null, null, why, false, 0);
    }

    static WorkerEvent exited(Worker worker, int status) {
        return new WorkerEvent(Kind.EXITED, null, worker, null, null, false, status);
    }
}
