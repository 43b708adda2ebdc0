package io.github.retire.booter;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.EventType;

/**
 * The worker's half of the retire handshake: after a failure, say RETIRE with what is left, flush,
 * wait for the supervisor's RETIRE_ACK so nothing is lost in flight, then exit. It runs on the test
 * thread from inside the JUnit listener, so no further test can start in this JVM.
 */
final class Retirement {
    /** A supervisor that does not answer in this time is gone or stuck; exit anyway. */
    static final long ACK_TIMEOUT_SECONDS = 30;

    private final Events events;
    private final CountDownLatch acknowledged = new CountDownLatch(1);
    private volatile Runnable beforeExit = () -> { };

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

    /** Never returns. */
    void retire(String failed) {
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
