package io.github.retire.provider.run;

import io.github.retire.provider.work.Work;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.CommandType;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.report.RunMode;

/**
 * Surefire's {@code skipAfterFailureCount} across all workers (stock keeps a count per fork and tells
 * the others late, SUREFIRE-1708). Every worker also counts its own failures and drains at once when
 * they alone reach the limit, as a stock fork does; the supervisor adds up everyone's and tells each
 * running worker how many failures are left, so a worker drains at its own next failure when that is
 * the last one allowed, and at once when another worker's was. A drained worker lets the tests running
 * finish and reports everything it has not started, then and later, as skipped ("Execution cancelled",
 * JUnit 6's words). Only normal runs count, as with stock: reruns run whatever the count, each in a worker
 * that was never drained. Used only on the supervisor thread.
 */
final class FailFast {
    private final int limit;
    private final ConsoleLogger log;
    private int failures;
    private boolean reached;

    /** @param limit skipAfterFailureCount; 0 for none */
    FailFast(int limit, ConsoleLogger log) {
        this.limit = limit;
        this.log = log;
    }

    /**
     * @param normalFailures the failures and errors of normal runs so far (tests, containers, crashes and
     *                       timeouts, each once; a retirement adds none of its own)
     * @param workers        the workers alive
     */
    void count(int normalFailures, Iterable<Worker> workers) {
        if (limit <= 0 || normalFailures == failures) {
            return;
        }
        failures = normalFailures;
        if (!reached && failures >= limit) {
            reached = true;
            log.info("[retire] skipAfterFailureCount=" + limit + " reached (" + failures + " failure"
                    + (failures == 1 ? "" : "s") + " across all workers): the tests running finish, every test not"
                    + " started yet is skipped");
        }
        for (Worker w : workers) {
            if (w.state == Worker.State.RUNNING) {
                tell(w);
            }
        }
    }

    /** Before normal work goes to a worker: it learns how many failures are left, 0 draining it. */
    void beforeWork(Worker w, Work work) {
        if (limit > 0 && work.runMode == RunMode.NORMAL_RUN) {
            tell(w);
        }
    }

    private void tell(Worker w) {
        int left = Math.max(0, limit - failures);
        if (w.failuresLeftTold == null || left < w.failuresLeftTold) {
            w.failuresLeftTold = left;
            w.send(CommandType.FAILURES_LEFT, String.valueOf(left));
        }
    }

    /** Whether this worker was drained: it may run nothing more, reruns included. */
    static boolean drained(Worker w) {
        return w.failuresLeftTold != null && w.failuresLeftTold == 0;
    }
}
