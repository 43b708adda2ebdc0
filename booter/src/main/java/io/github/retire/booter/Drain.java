package io.github.retire.booter;

import java.util.HashSet;
import java.util.Set;

/**
 * Stops a worker from starting tests while the tests already running, and the lifecycle of their
 * classes ({@code @AfterEach}, {@code @AfterAll}), finish. Two things drain a worker: a failure under
 * {@code retire.onFailure} (what has not started moves to a fresh JVM, so its skips are not reported
 * here), and Surefire's {@code skipAfterFailureCount} (what has not started is reported skipped, as
 * stock does). Once drained a worker stays drained: every later piece of work is skipped whole.
 *
 * <p>How tests are kept from starting depends on the platform: JUnit Platform 6 cancels the
 * execution's {@code CancellationToken} (Jupiter and Vintage skip every node not started yet,
 * "Execution cancelled"); on 1.x, Jupiter asks {@link DrainCondition} before each class, method
 * and invocation. The decision and the drain's start are taken under one lock, so with tests running
 * concurrently a test is either let through before the drain (it runs and reports here) or
 * disabled by it (it runs elsewhere, or is skipped): never both, never neither.
 */
final class Drain {
    /** JUnit 6's own reason for what a cancelled execution skips, used for every drained skip. */
    static final String REASON = "Execution cancelled";

    /** Read by {@link DrainCondition}, which Jupiter makes through the ServiceLoader. One per worker JVM. */
    private static volatile Drain installed;

    private final Object lock = new Object();
    /** Jupiter nodes the condition let through and that have not started yet. */
    private final Set<String> admitted = new HashSet<>();
    private final Cancellation cancellation;
    private boolean stopped;
    /** The running execution's CancellationToken (platform 6), or null. */
    private Object token;
    private volatile boolean failFast;
    /** Failures left before skipAfterFailureCount drains this worker; negative for no limit. */
    private int failuresLeft;

    /**
     * @param cancellation the platform's cancellation, or null on 1.x
     * @param failuresLeft skipAfterFailureCount, or 0 for none
     */
    Drain(Cancellation cancellation, int failuresLeft) {
        this.cancellation = cancellation;
        this.failuresLeft = failuresLeft > 0 ? failuresLeft : -1;
    }

    /** Makes this the drain {@link DrainCondition} consults. */
    void install() {
        installed = this;
    }

    static Drain installed() {
        return installed;
    }

    /** For {@link DrainCondition}: whether the node may start. A node let through is remembered. */
    boolean admit(String uniqueId) {
        synchronized (lock) {
            if (stopped) {
                return false;
            }
            admitted.add(uniqueId);
            return true;
        }
    }

    /**
     * A node starts. False when it starts although the drain stopped the worker before letting it
     * through: an engine (or a kind of node) that the drain cannot hold back.
     */
    boolean started(String uniqueId) {
        synchronized (lock) {
            boolean letThrough = admitted.remove(uniqueId);
            return !stopped || letThrough || (cancellation != null && Cancellation.honoured(uniqueId));
        }
    }

    /** A node was skipped: nothing to remember of it. */
    void skipped(String uniqueId) {
        synchronized (lock) {
            admitted.remove(uniqueId);
        }
    }

    /** The execution that starts now is cancelled with this token; at once if the worker is drained. */
    void executing(Object executionToken) {
        synchronized (lock) {
            token = executionToken;
            if (stopped) {
                cancellation.cancel(token);
            }
        }
    }

    /** No test starts from now on. */
    void stop() {
        synchronized (lock) {
            stopped = true;
            if (token != null) {
                cancellation.cancel(token);
            }
        }
    }

    boolean stopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    /**
     * A test or container failed. Counts it against skipAfterFailureCount.
     *
     * @return true when that drained the worker
     */
    boolean failed() {
        synchronized (lock) {
            if (failuresLeft > 0 && --failuresLeft == 0) {
                failFast = true;
                stop();
                return true;
            }
            return false;
        }
    }

    /**
     * The supervisor's count: this many failures are left before skipAfterFailureCount is reached
     * across all workers (0: it is). It can only lower this worker's own count, which knows of
     * failures the supervisor may not have had yet.
     */
    void failuresLeft(int left) {
        synchronized (lock) {
            if (failuresLeft < 0 || left < failuresLeft) {
                failuresLeft = Math.max(0, left);
            }
            if (failuresLeft == 0) {
                failFast = true;
                stop();
            }
        }
    }

    /** Whether skipAfterFailureCount drained the worker: what it skips is skipped for good, and reported. */
    boolean failFast() {
        return failFast;
    }
}
