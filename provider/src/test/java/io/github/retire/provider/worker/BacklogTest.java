package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BacklogTest {
    @Test
    void aReaderWaitsWhileTheQueueIsFullAndGoesOnAsTheLoopHandlesEvents() throws Exception {
        LinkedBlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
        Backlog backlog = new Backlog(queue, 10_000);
        String line = new String(new char[1000]);
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                backlog.accept(WorkerEvent.nativeOutput(null, true, line, true));
            }
            backlog.accept(WorkerEvent.outputClosed(null, true));
        });
        reader.start();
        int handled = 0;
        long most = 0;
        while (handled < 101) {
            WorkerEvent e = queue.poll(10, TimeUnit.SECONDS);
            most = Math.max(most, backlog.waiting());
            e.handled();
            handled++;
        }
        reader.join(10_000);
        assertTrue(most <= 10_000, "waiting: " + most);
        assertEquals(0, backlog.waiting());
    }

    @Test
    void oneEventBiggerThanTheLimitGetsInAlone() {
        LinkedBlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
        Backlog backlog = new Backlog(queue, 100);
        backlog.accept(WorkerEvent.nativeOutput(null, true, new String(new char[1000]), true));
        assertEquals(1, queue.size());
        queue.poll().handled();
        assertEquals(0, backlog.waiting());
    }

    @Test
    void aLargeEventWaitingIsNotOvertakenBySmallOnesThatWouldFit() throws Exception {
        LinkedBlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
        Backlog backlog = new Backlog(queue, 1000);
        backlog.accept(output(700)); // in the queue, not handled yet
        Thread large = new Thread(() -> backlog.accept(output(600)));
        large.start();
        waitUntilWaiting(large);
        // fits beside the first (900 of 1000), but comes after the large one
        Thread small = new Thread(() -> backlog.accept(output(200)));
        small.start();
        waitUntilWaiting(small);
        Thread.sleep(100);
        assertEquals(1, queue.size(), "an event got in ahead of the reader that came first");
        queue.poll().handled();
        large.join(10_000);
        small.join(10_000);
        // Both get in now, the large one's turn first; which of the two reaches the queue first is theirs to
        // race (each adds after its turn), and readers of different workers need no order between them.
        java.util.List<Long> costs = java.util.Arrays.asList(queue.poll().cost(), queue.poll().cost());
        java.util.Collections.sort(costs);
        assertEquals(java.util.Arrays.asList(200L, 600L), costs);
    }

    /** A native output event that costs the backlog {@code cost}. */
    private static WorkerEvent output(int cost) {
        return WorkerEvent.nativeOutput(null, true, new String(new char[(cost - 64) / 2]), true);
    }

    private static void waitUntilWaiting(Thread t) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING && t.isAlive() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }
}
