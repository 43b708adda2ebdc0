package io.github.retire.provider;

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
}
