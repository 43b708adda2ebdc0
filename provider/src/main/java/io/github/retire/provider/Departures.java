package io.github.retire.provider;

import java.util.Map;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * How a worker leaves, and where what it leaves goes: a retirement, or an end that is judged once
 * everything the worker said is in (expected, or a crash or a timeout). What is left of its class
 * goes first in line for a fresh worker; when nothing is, the class's stream is finished. Runs on
 * the supervisor's thread, as part of it.
 */
final class Departures {
    private final Settings settings;
    private final Ledger ledger;
    private final Relay relay;
    private final ConsoleLogger log;
    private final Failures failures;
    private final Scheduler scheduler;
    private final WorkerPool pool;

    Departures(Settings settings, Ledger ledger, Relay relay, ConsoleLogger log, Failures failures,
               Scheduler scheduler, WorkerPool pool) {
        this.settings = settings;
        this.ledger = ledger;
        this.relay = relay;
        this.log = log;
        this.failures = failures;
        this.scheduler = scheduler;
        this.pool = pool;
    }

    /** The worker stopped after a failure; what it left of its class runs next, in a fresh worker. */
    void retired(Worker worker, Frame<EventType> frame) {
        Work work = worker.currentWork;
        Leftovers.Left left = worker.progress.of(worker.classUid, frame.string(0), work.uniqueIds, work.windows,
                work.excluded);
        TestReport named = worker.firstFailure != null ? worker.firstFailure : worker.lastReport;
        String failed = named != null ? named.toString() : work.testClass;
        worker.state = Worker.State.RETIRING;
        worker.currentWork = null;
        worker.currentTest = null;
        worker.completedAnything = true;
        scheduler.progressMade();
        scheduler.exiting(worker);
        ledger.retired();
        worker.send(CommandType.RETIRE_ACK);
        scheduler.holdSpares();
        scheduler.takeBackQueued(worker); // the retiring worker runs nothing more, so it goes behind what is left
        String moved = worker.progress.progressed(worker.classUid, work.uniqueIds)
                ? carryOn(work, left, worker.systemProperties, "nothing of its class was left")
                : notContinued(work, left, worker.systemProperties, worker + " retired after " + failed
                        + " failed, before any test moved to it had run");
        log.info("[retire] " + worker + " retired after " + failed + " failed; " + moved);
    }

    /**
     * Judges a worker's end once everything it said is in: expected, or a crash or timeout.
     *
     * @param sink where the frames read back from its journal go, as if they had come over the connection
     */
    void maybeEnded(Worker worker, PipeBarrier.Sink sink) {
        if (!worker.fullyEnded() || worker.state == Worker.State.ENDED) {
            return;
        }
        replayJournal(worker, sink);
        Worker.State was = worker.state;
        worker.state = Worker.State.ENDED;
        scheduler.ended(worker);
        scheduler.takeBackQueued(worker);
        if (was == Worker.State.RETIRING || (was == Worker.State.STOPPING && worker.currentWork == null)) {
            scheduler.schedule();
            return;
        }
        if (worker.currentWork == null) {
            endedIdle(worker);
            return;
        }
        Work work = worker.currentWork;
        TestReport running = worker.currentTest;
        String message = failures.workerLost(worker, settings, pool.fatalErrorLog(worker));
        boolean timedOut = worker.timeout != null || worker.killedByWatchdog || worker.killedBySupervisor;
        if (!worker.completedAnything && !worker.progress.anyStarted() && !timedOut) {
            // Died before a single test: a start-up failure, whatever it was handed. (A timeout is
            // not one: the worker was well, its class hung, and the next class may not.)
            scheduler.startupFailure(worker.lastOutput());
        }
        worker.currentWork = null;
        worker.currentTest = null;
        // A crash inside a test consumed that test; one outside any test (static init, @BeforeAll)
        // would only happen again, unless tests of this part already ran. What a continuation left
        // that way is reported, not dropped: its tests ran elsewhere and are expected.
        String outside = "it " + (timedOut ? "hung" : "died") + " outside any test, before the first one";
        Leftovers.Left left = worker.progress.of(worker.classUid, running != null ? running.uniqueId() : null,
                work.uniqueIds, work.windows, work.excluded);
        String carried;
        if (running != null || worker.progress.progressed(worker.classUid, work.uniqueIds)) {
            carried = carryOn(work, left, worker.systemProperties, "nothing of its class was left");
        } else if (work.wholeClass()) {
            carried = carryOn(work, new Leftovers.Left(), worker.systemProperties, "the class is not continued: "
                    + outside);
        } else {
            carried = notContinued(work, left, worker.systemProperties, worker + " ended before any test moved to"
                    + " it had run: " + outside);
        }
        log.error("[retire] " + message + "; " + carried);
    }

    /**
     * A continuation ran to its end: what it selected and never reported (its engine failed outside any
     * class, say) is reported as not run, never dropped.
     */
    void accountFor(Worker worker, Work work) {
        Leftovers.Left lost = worker.progress.unreported(worker.classUid, work.uniqueIds, work.windows);
        if (!lost.isEmpty()) {
            String why = worker + " ended its part of " + work.testClass + " without reporting them";
            failures.notContinued(work, lost, why);
            log.error("[retire] " + lost.known.size() + " test" + (lost.known.size() == 1 ? "" : "s") + " of "
                    + work.testClass + " reported as not run: " + why);
        }
    }

    /** The stream will get no more events: close its test set if still open and let the relay move on. */
    void finishStream(Work work, Map<String, String> properties) {
        if (ledger.testSetOpen(work)) {
            relay.testSetCompleted(work, ledger.testSetClosed(work, null), properties);
        }
        relay.streamFinished(work);
        ledger.classDone(work);
    }

    /** What the worker wrote between its last flush and its end: events it never sent, in order. */
    private void replayJournal(Worker worker, PipeBarrier.Sink sink) {
        if (worker.journal != null) {
            // A worker that never said hello has nothing in it to tell.
            long received = worker.connection != null ? worker.connection.framesRead() : Long.MAX_VALUE;
            for (Frame<EventType> frame : JournalReplay.unsent(worker.journal, received, log)) {
                worker.barrier.frame(frame, sink);
            }
        }
        worker.barrier.framesEnded(sink);
    }

    private void endedIdle(Worker worker) {
        String status = ExitStatus.describe(worker.exitStatus, worker.lastOutput());
        if (!worker.completedAnything) {
            scheduler.startupFailure(worker.lastOutput());
            log.error("[retire] " + worker + " " + status + " before running any test"
                    + (worker.lastOutput().isEmpty() ? "" : "; its output:" + System.lineSeparator()
                    + worker.lastOutput()));
        } else {
            log.warning("[retire] " + worker + " " + status + " while idle");
        }
        scheduler.reschedule();
    }

    /**
     * A continuation that ran nothing of what it was given is not given out again: the same would
     * happen again, without end. What it left is reported, each selection an error that says why.
     *
     * @return words for the log
     */
    private String notContinued(Work work, Leftovers.Left left, Map<String, String> properties, String why) {
        if (!left.isEmpty()) {
            failures.notContinued(work, left, why);
        }
        finishStream(work, properties);
        scheduler.reschedule();
        return left.isEmpty() ? "nothing of its class was left" : left.known.size() + " selection"
                + (left.known.size() == 1 ? "" : "s") + (left.windows.isEmpty() ? "" : " and the later invocations")
                + " of " + work.testClass + " reported as not run: " + why;
    }

    /**
     * What a departed worker left of its work goes first in line, or, when nothing is left, the
     * stream is finished.
     *
     * @return words for the log
     */
    private String carryOn(Work work, Leftovers.Left left, Map<String, String> properties, String whyNothing) {
        if (left.isEmpty()) {
            finishStream(work, properties);
            scheduler.reschedule();
            return whyNothing;
        }
        ledger.continueFirst(work.continuation(left));
        Worker next = scheduler.reschedule();
        String what = left.known.isEmpty() ? "the later invocations"
                : left.known.size() + " selection" + (left.known.size() == 1 ? "" : "s")
                        + (left.windows.isEmpty() ? "" : " and the later invocations");
        return what + " of " + work.testClass + " moved to " + (next != null ? next.toString() : "a fresh worker");
    }
}
