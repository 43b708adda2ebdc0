package io.github.retire.provider;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;

/**
 * Puts a worker's native output (its stdout and stderr pipes) in order with its events. A
 * NATIVE_SYNC(n) event means the worker wrote marker n down both pipes just before; the events after
 * it wait here until both pipes have delivered marker n, so every line written before it is filed
 * first. A closed pipe counts as having delivered everything.
 */
final class PipeBarrier {
    private int stdoutSeen;
    private int stderrSeen;
    private int awaiting;
    private final Deque<Frame<EventType>> held = new ArrayDeque<>();

    /** True when the frame is to be handled now; false when it was consumed or held. */
    boolean admit(Frame<EventType> frame) {
        if (awaiting != 0) {
            held.add(frame);
            return false;
        }
        if (frame.type() == EventType.NATIVE_SYNC) {
            if (!reached(frame.number())) {
                awaiting = frame.number();
            }
            return false;
        }
        return true;
    }

    /** A pipe delivered marker {@code n}; returns the frames this releases, in order. */
    List<Frame<EventType>> pipeReached(boolean stdout, int n) {
        if (stdout) {
            stdoutSeen = Math.max(stdoutSeen, n);
        } else {
            stderrSeen = Math.max(stderrSeen, n);
        }
        List<Frame<EventType>> released = new ArrayList<>();
        while (awaiting != 0 && reached(awaiting)) {
            awaiting = 0;
            while (!held.isEmpty() && awaiting == 0) {
                Frame<EventType> next = held.poll();
                if (next.type() == EventType.NATIVE_SYNC) {
                    if (!reached(next.number())) {
                        awaiting = next.number();
                    }
                } else {
                    released.add(next);
                }
            }
        }
        return released;
    }

    /** A pipe reached its end: nothing more will come down it. */
    List<Frame<EventType>> pipeClosed(boolean stdout) {
        return pipeReached(stdout, Integer.MAX_VALUE);
    }

    private boolean reached(int n) {
        return stdoutSeen >= n && stderrSeen >= n;
    }
}
