package io.github.retire.booter;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.EventType;

/**
 * The worker's half of the retire handshake. A failure makes the retirement pending: the worker drains
 * ({@link Drain}), so the tests running finish and the lifecycle of their classes ({@code @AfterAll})
 * runs here, while nothing else starts. When the last class that ran here has ended, the worker says
 * RETIRE, flushes, waits for the supervisor's RETIRE_ACK so nothing is lost in flight, then exits. It runs
 * on a test thread from inside the JUnit listener, so no further test can start in this JVM.
 */
final class Retirement {
    /** A supervisor that does not answer in this time is gone or stuck; exit anyway. */
    static final long ACK_TIMEOUT_SECONDS = 30;

    private final Events events;
    private final CountDownLatch acknowledged = new CountDownLatch(1);
    private volatile Runnable beforeExit = () -> { };
    /** The first test or container that failed here, once one did. */
    private volatile String failed;

    Retirement(Events events) {
        this.events = events;
    }

    /**
     * Runs after the acknowledgement, before the exit: the launcher session's end, so the user's session
     * listeners hear of it in a worker that retires as in one that is shut down.
     */
    void beforeExit(Runnable action) {
        this.beforeExit = action;
    }

    /** Called by the command reader thread. */
    void acknowledge() {
        acknowledged.countDown();
    }

    /** A test or container failed: the worker retires once it has drained. The first failure is named. */
    synchronized void failed(String uniqueId) {
        if (failed == null) {
            failed = uniqueId;
        }
    }

    boolean pending() {
        return failed != null;
    }

    /** Never returns. Only one thread says RETIRE; any other that gets here waits for the exit. */
    synchronized void retire() {
        // A test that failed with its interrupt flag set must not cut the wait for the acknowledgement
        // short; no test runs in this JVM after this, so the flag is nobody else's.
        Thread.interrupted();
        events.send(EventType.RETIRE, null, failed);
        events.flush();
        try {
            acknowledged.await(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            beforeExit.run();
        } finally {
            // whatever happened there, no further test may run in this JVM
            System.exit(0);
        }
        throw new IllegalStateException("unreachable");
    }
}
