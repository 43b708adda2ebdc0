package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Queue;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * The door to the supervisor's queue for the threads that read workers (connection readers, output
 * pumps). Events wait there until the supervisor loop handles them; while they take more than
 * {@link #BYTES} of heap together, a reader that brings more waits, and so stops reading its socket or
 * pipe: the kernel's buffers fill and the worker's writes block. However much the tests print, the
 * queue holds at most that much (plus one event, which always gets in when the queue is empty).
 *
 * <p>No deadlock: only reader threads wait here, and the loop, which frees the room, never waits for
 * them. Small events (a worker's exit, a closed pipe or connection) never wait.
 *
 * <p>Readers get in in the order they came: otherwise one with a large event (a long stack trace) could
 * wait for as long as other workers flood the queue with small ones, each of which fits into the room
 * that the loop frees, and its worker, blocked in its write meanwhile, would look silent to the
 * supervisor's timeout.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Backlog implements Consumer<WorkerEvent> {
    /** Undelivered worker events, in estimated bytes of heap (documented in README). */
    static final long BYTES = 8L << 20;

    private final Queue<WorkerEvent> queue;
    private final long limit;
    private long waiting;
    /** Readers' turns: the next to hand out, and the one that may get in now. */
    private long nextTurn;
    private long turn;

    public Backlog(Queue<WorkerEvent> queue) {
        this(queue, BYTES);
    }

    public Backlog(Queue<WorkerEvent> queue, long limit) {
        this.queue = queue;
        this.limit = limit;
    }

    @Override
    public void accept(WorkerEvent event) {
        long cost = event.cost();
        if (cost > 0) {
            admit(cost);
            event.admittedBy(this, cost);
        }
        queue.add(event);
    }

    private synchronized void admit(long cost) {
        long mine = nextTurn++;
        boolean interrupted = false;
        while (mine != turn || waiting > 0 && waiting + cost > limit) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        turn++;
        waiting += cost;
        notifyAll(); // the next in line may fit as well
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void release(long cost) {
        waiting -= cost;
        notifyAll();
    }

    synchronized long waiting() {
        return waiting;
    }
}
