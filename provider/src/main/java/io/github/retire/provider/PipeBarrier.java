package io.github.retire.provider;

import java.util.ArrayDeque;
import java.util.Deque;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;

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
final class PipeBarrier {
    /** Where released frames and lines go, in order. */
    interface Sink {
        void frame(Frame<EventType> frame);

        void line(boolean stdout, String text);
    }

    private static final class Line {
        final int before;
        final String text;

        Line(int before, String text) {
            this.before = before;
            this.text = text;
        }
    }

    private final Deque<Frame<EventType>> heldFrames = new ArrayDeque<>();
    private final Deque<Line> heldOut = new ArrayDeque<>();
    private final Deque<Line> heldErr = new ArrayDeque<>();
    private int stdoutSeen;
    private int stderrSeen;
    private int awaiting;
    private boolean framesEnded;

    void frame(Frame<EventType> frame, Sink sink) {
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
    void line(boolean stdout, String text, boolean idle, Sink sink) {
        if (idle && awaiting == 0 && heldFrames.isEmpty()) {
            sink.line(stdout, text);
            return;
        }
        int before = (stdout ? stdoutSeen : stderrSeen) + 1;
        (stdout ? heldOut : heldErr).add(new Line(before, text));
    }

    /** A pipe delivered marker n. */
    void marker(boolean stdout, int n, Sink sink) {
        if (stdout) {
            stdoutSeen = Math.max(stdoutSeen, n);
        } else {
            stderrSeen = Math.max(stderrSeen, n);
        }
        release(sink);
    }

    /** A pipe reached its end. */
    void closed(boolean stdout, Sink sink) {
        marker(stdout, Integer.MAX_VALUE, sink);
        releaseAtEnd(sink);
    }

    /** No more frames will come: the connection closed and the journal was read back. */
    void framesEnded(Sink sink) {
        framesEnded = true;
        releaseAtEnd(sink);
    }

    private void releaseAtEnd(Sink sink) {
        if (framesEnded && stdoutSeen == Integer.MAX_VALUE && stderrSeen == Integer.MAX_VALUE) {
            lines(Integer.MAX_VALUE, sink);
        }
    }

    /** The worker finished its work: lines written after its last marker belonged to no test. */
    void idle(Sink sink) {
        if (awaiting == 0 && heldFrames.isEmpty()) {
            lines(Integer.MAX_VALUE, sink);
        }
    }

    /** The events reached NATIVE_SYNC(n): wait for the pipes, or hand over the lines it ends. */
    private void sync(int n, Sink sink) {
        if (reached(n)) {
            lines(n, sink);
        } else {
            awaiting = n;
        }
    }

    private void release(Sink sink) {
        while (awaiting != 0 && reached(awaiting)) {
            int n = awaiting;
            awaiting = 0;
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
        while (!heldOut.isEmpty() && heldOut.peek().before <= n) {
            sink.line(true, heldOut.poll().text);
        }
        while (!heldErr.isEmpty() && heldErr.peek().before <= n) {
            sink.line(false, heldErr.poll().text);
        }
    }

    private boolean reached(int n) {
        return stdoutSeen >= n && stderrSeen >= n;
    }
}
