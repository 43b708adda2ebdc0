package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayDeque;
import java.util.Deque;

import io.github.retire.provider.report.Holding;
import io.github.retire.provider.report.Spool;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import org.apiguardian.api.API;

/**
 * Puts a worker's native output (its stdout and stderr pipes) in order with its events. Before a
 * test's end is reported the worker writes marker n down both pipes and sends NATIVE_SYNC(n); so
 * the lines a pipe carries before marker n belong before the events that follow NATIVE_SYNC(n), and
 * the lines after it belong after them. Here:
 * <ul>
 *   <li>events after a NATIVE_SYNC(n) wait until both pipes delivered marker n;</li>
 *   <li>lines wait until the events reach the marker that ends them, and are handed over just before
 *       the events that follow it (so a line is filed under the test that was running when it was
 *       written);</li>
 *   <li>a worker with no work gets its lines at once, and a closed pipe counts as having delivered
 *       every marker;</li>
 *   <li>what is still held when both pipes closed is handed over once the events ended too: a
 *       dead worker's last events come from its journal, and its last lines belong after them.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class PipeBarrier {
    /** Where released frames and lines go, in order. */
    public interface Sink {
        public void frame(Frame<EventType> frame);

        public void line(boolean stdout, String text);

        /** @param newLine false for a piece of a line too long to pass in one (see OutputPump) */
        public default void line(boolean stdout, String text, boolean newLine) {
            line(stdout, text);
        }
    }

    private final Deque<Frame<EventType>> heldFrames = new ArrayDeque<>();
    /** Held lines, each marked with the marker it comes before; on disk beyond the holding's memory. */
    private final Spool heldOut;
    private final Spool heldErr;

    PipeBarrier() {
        this(Holding.inMemory());
    }

    PipeBarrier(Holding holding) {
        heldOut = holding.spool();
        heldErr = holding.spool();
    }
    private int stdoutSeen;
    private int stderrSeen;
    private int awaiting;
    /** The last marker the events reached. */
    private int eventsAt;
    private boolean framesEnded;

    public void frame(Frame<EventType> frame, Sink sink) {
        if (awaiting != 0) {
            heldFrames.add(frame);
        } else if (frame.type() == EventType.NATIVE_SYNC) {
            sync(frame.number(), sink);
            release(sink);
        } else {
            sink.frame(frame);
        }
    }

    /** A line from a pipe; {@code idle} when the worker runs nothing, so no test can own it. */
    public void line(boolean stdout, String text, boolean newLine, boolean idle, Sink sink) {
        if (idle && awaiting == 0 && heldFrames.isEmpty()) {
            sink.line(stdout, text, newLine);
            return;
        }
        int before = (stdout ? stdoutSeen : stderrSeen) + 1;
        (stdout ? heldOut : heldErr).add(new Spool.Item(before, stdout, newLine, text));
    }

    /** A pipe delivered marker n. */
    public void marker(boolean stdout, int n, Sink sink) {
        if (stdout) {
            stdoutSeen = Math.max(stdoutSeen, n);
        } else {
            stderrSeen = Math.max(stderrSeen, n);
        }
        release(sink);
    }

    /** A pipe reached its end. */
    public void closed(boolean stdout, Sink sink) {
        marker(stdout, Integer.MAX_VALUE, sink);
        releaseAtEnd(sink);
    }

    /** No more frames will come: the connection closed and the journal was read back. */
    public void framesEnded(Sink sink) {
        framesEnded = true;
        releaseAtEnd(sink);
    }

    private void releaseAtEnd(Sink sink) {
        if (framesEnded && stdoutSeen == Integer.MAX_VALUE && stderrSeen == Integer.MAX_VALUE) {
            lines(Integer.MAX_VALUE, sink);
        }
    }

    /**
     * The worker finished a class. A class's end is marked when anything was written since the last
     * marker, so the lines written before it are those up to the marker the events reached; later ones
     * were written after it (the pipes can be ahead of the events when the supervisor is behind). With
     * nothing to run next they belonged to no test; otherwise they stay for the next marker, which
     * files them under the next class.
     *
     * @param more whether the worker already has its next class
     */
    public void idle(boolean more, Sink sink) {
        if (awaiting == 0 && heldFrames.isEmpty()) {
            lines(more ? eventsAt : Integer.MAX_VALUE, sink);
        }
    }

    /** The events reached NATIVE_SYNC(n): wait for the pipes, or hand over the lines it ends. */
    private void sync(int n, Sink sink) {
        if (reached(n)) {
            eventsAt = Math.max(eventsAt, n);
            lines(n, sink);
        } else {
            awaiting = n;
        }
    }

    private void release(Sink sink) {
        while (awaiting != 0 && reached(awaiting)) {
            int n = awaiting;
            awaiting = 0;
            eventsAt = Math.max(eventsAt, n);
            lines(n, sink);
            while (!heldFrames.isEmpty() && awaiting == 0) {
                Frame<EventType> next = heldFrames.poll();
                if (next.type() == EventType.NATIVE_SYNC) {
                    sync(next.number(), sink);
                } else {
                    sink.frame(next);
                }
            }
        }
    }

    /** Hands over the lines written before marker n: stdout's, then stderr's. */
    private void lines(int n, Sink sink) {
        for (Spool held : new Spool[] {heldOut, heldErr}) {
            while (!held.isEmpty() && held.peek().mark <= n) {
                Spool.Item line = held.poll();
                sink.line(line.stdout, line.text, line.newLine);
            }
        }
    }

    private boolean reached(int n) {
        return stdoutSeen >= n && stderrSeen >= n;
    }
}
