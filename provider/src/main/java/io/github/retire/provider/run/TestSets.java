package io.github.retire.provider.run;

import java.util.HashMap;
import java.util.Map;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.Uid;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.report.RunMode;

/**
 * The one owner of a class's test set, as Surefire's reporter sees it: opened by the first worker that
 * starts the class (or by the supervisor, when it must report an error for a class no worker opened),
 * continued in fresh workers after a retirement or a crash, and closed once its stream gets no more
 * events, whatever happened. A class is one test set in one TEST-*.xml. It also writes the error entries
 * the supervisor reports itself, because no worker lived to report them. Runs on the supervisor's thread.
 */
final class TestSets {
    /*
     * Surefire reads an error's type from the first line of its trace, "type: message"; these name
     * what happened (they are not classes).
     */
    static final String CRASH = "io.github.retire.WorkerCrash";
    static final String TIMEOUT = "io.github.retire.HardTimeout";
    static final String NOT_RUN = "io.github.retire.NotRun";
    static final String UNFINISHED = "io.github.retire.UnfinishedTest";

    private final Relay relay;
    private final RunStats stats;
    private final WorkQueue queue;
    private final ConsoleLogger log;
    private final RunRecord record;
    /** Each stream whose test set is open in the reports. */
    private final Map<String, OpenSet> open = new HashMap<>();

    private static final class OpenSet {
        /** The class-level report it was opened with. */
        final TestReport report;
        final long openedNanos = System.nanoTime();
        /** Whether more than one worker ran its tests: only then the supervisor times it. */
        boolean continued;
        /** The worker's own class-level report once it completed the class; the set closes with it. */
        TestReport completed;
        Map<String, String> properties;
        /** The supervisor reported an error in it after the worker completed it: timed here then. */
        boolean chargedAfterCompletion;

        OpenSet(TestReport report) {
            this.report = report;
        }

        int elapsedMillis() {
            return (int) ((System.nanoTime() - openedNanos) / 1_000_000L);
        }
    }

    TestSets(Relay relay, RunStats stats, WorkQueue queue, ConsoleLogger log, RunRecord record) {
        this.record = record;
        this.relay = relay;
        this.stats = stats;
        this.queue = queue;
        this.log = log;
    }

    /**
     * A worker starts the class. A class continued after a retirement is still open: one test set,
     * whatever the JVMs, timed from its first opening.
     */
    void starting(Work work, TestReport classReport) {
        OpenSet set = open.get(work.stream);
        if (set != null) {
            set.continued = true;
            return;
        }
        open.put(work.stream, new OpenSet(classReport));
        relay.testSetStarting(work, classReport);
    }

    /**
     * The worker completed the class. Its set stays open until the stream is finished ({@link #finish}),
     * so that whatever the supervisor must still report of the class (the worker died before class-done,
     * or left selections unreported) goes into this one set rather than a second one.
     */
    void completed(Work work, TestReport report, Map<String, String> properties) {
        OpenSet set = open.get(work.stream);
        if (set == null) {
            relay.testSetCompleted(work, report, properties);
            return;
        }
        // timed when the worker said it ended, not when its stream is finished
        set.completed = set.continued ? report.withElapsed(set.elapsedMillis()) : report;
        set.properties = properties;
    }

    /** The stream will get no more events: its test set is closed if still open, and the relay moves on. */
    void finish(Work work, Map<String, String> properties) {
        OpenSet set = open.remove(work.stream);
        if (set != null) {
            TestReport report;
            if (set.completed == null) {
                // A test set whose tests ran in several workers, or that the supervisor closes, is timed
                // from its opening here, not by the last worker's part.
                report = set.report.withElapsed(set.elapsedMillis());
            } else {
                report = set.chargedAfterCompletion ? set.completed.withElapsed(set.elapsedMillis()) : set.completed;
                properties = set.properties;
            }
            relay.testSetCompleted(work, report, properties);
        }
        relay.streamFinished(work);
        stats.classDone(work);
    }

    /** When the stream's test set opened (System.nanoTime), or now when it is not open. */
    private long openedNanos(Work work) {
        OpenSet set = open.get(work.stream);
        return set == null ? System.nanoTime() : set.openedNanos;
    }

    void testStarting(Work work, TestReport report) {
        relay.test(work, EventType.TEST_STARTING, report);
    }

    /**
     * A test (or container) ended.
     *
     * @param worker  the worker that ran it, or that the supervisor charged with it; or null
     * @param running what the supervisor knew of it since its start (its held output), or null
     */
    void testEnded(Worker worker, Work work, Part.Running running, EventType type, TestReport report) {
        record.test(worker == null ? null : worker.id, work, work.runMode == RunMode.NORMAL_RUN ? 0 : queue.rerunRound(),
                running == null ? null : running.since, type, report);
        if (running != null) {
            running.release(relay, work);
        }
        stats.testEnded(work);
        if (type == EventType.TEST_FAILED || type == EventType.TEST_ERROR) {
            stats.failed(work);
            queue.failed(work, report);
        }
        relay.test(work, type, report);
    }

    /** The test set's class, opened by the supervisor when no worker did, to report an error in it. */
    private TestReport ensureOpen(Work work) {
        OpenSet set = open.get(work.stream);
        if (set == null) {
            TestReport classReport = TestReport.named(null, work.testClass, null, null, null);
            set = new OpenSet(classReport);
            open.put(work.stream, set);
            relay.testSetStarting(work, classReport);
        }
        return set.report;
    }

    /** An error entry of the supervisor's own, in the stream's test set (which must be open). */
    private void error(Worker worker, Work work, TestReport subject, String message, String detail, int elapsedMillis) {
        OpenSet set = open.get(work.stream);
        if (set != null && set.completed != null) {
            set.chargedAfterCompletion = true;
        }
        testEnded(worker, work, null, EventType.TEST_ERROR, errorReport(subject, message, detail, elapsedMillis));
    }

    /** An error entry for a test (or class) that the run could not complete, carrying why. */
    static TestReport errorReport(TestReport subject, String message, String detail, int elapsedMillis) {
        return new TestReport(subject.uniqueId(), subject.sourceName(), subject.sourceText(), subject.name(),
                subject.nameText(), message, message, message, detail, detail, elapsedMillis);
    }

    private static int millisSince(long nanos) {
        return (int) Math.max(0, (System.nanoTime() - nanos) / 1_000_000L);
    }

    /**
     * The test a lost worker ran (or, outside any test, its class) gets one error that says why. A
     * timeout carries the thread dump the worker sent, or says the JVM was too stalled to send one; a
     * crash carries the exit status or signal, the fatal error log and the worker's last native
     * output. The test set stays open: the supervisor carries on with what is left or closes it.
     *
     * @param running the test, or null outside any test
     */
    void charge(WorkerEnd end, Worker worker, Part part, Part.Running running) {
        Work work = part.work;
        String message = end.message(running != null ? running.report.toString() : work.testClass);
        TestReport classReport = ensureOpen(work);
        // Timed on the supervisor's clock, as the test set is (#finish), so the class's time is never less
        // than its tests'; Maven's own clock would see the relay's delays too. Outside a test: this worker's
        // part of the class, which starts no earlier than the test set.
        long opened = openedNanos(work);
        long since = running != null ? running.since
                : worker.currentWorkSince - opened > 0 ? worker.currentWorkSince : opened;
        if (running != null) {
            running.release(relay, work);
        }
        error(worker, work, running != null ? running.report : classReport, message,
                end.errorType() + ": " + message + System.lineSeparator() + end.detail(), millisSince(since));
    }

    /**
     * The worker ended a class while tests of it it had started never ended: its listener failed them
     * (the worker itself reports what JUnit never ended). Each is one error, so none vanishes.
     */
    void unfinished(Worker worker, Part part) {
        String message = "the worker reported no end for this test before its class ended";
        for (Part.Running running : part.running.values()) {
            running.release(relay, part.work);
            error(worker, part.work, running.report, message, UNFINISHED + ": " + message, millisSince(running.since));
            part.progress.ended(running.report.uniqueId());
            if (worker.firstFailure == null) {
                worker.firstFailure = running.report;
            }
        }
        part.running.clear();
    }

    /** Whatever is left of a part that the supervisor could not account for: one error on its class. */
    void abandoned(Worker worker, Part part, String why) {
        unfinished(worker, part);
        TestReport classReport = ensureOpen(part.work);
        String message = "not completed: " + why;
        error(worker, part.work, classReport, message, NOT_RUN + ": " + message, 0);
        finish(part.work, null);
    }

    /** Every piece of work not yet run is reported as an error that says why; nothing is dropped. */
    void giveUp(int startupFailures, String lastOutput) {
        String reason = "not run: " + startupFailures + " worker JVMs in a row ended before completing a test";
        String detail = NOT_RUN + ": " + reason + (lastOutput.isEmpty() ? "" : System.lineSeparator()
                + "Last output of the last worker:" + System.lineSeparator() + lastOutput);
        for (Work work = queue.next(); work != null; work = queue.next()) {
            TestReport classReport = ensureOpen(work);
            error(null, work, classReport, reason, detail, 0);
            finish(work, null);
        }
    }

    /**
     * Every piece of work not yet run is reported, each test it names an error that says why (a whole
     * class: one error on it); a probe's (retire.sequence), whose tests run in one JVM or not at all.
     */
    void notRun(String why) {
        for (Work work = queue.next(); work != null; work = queue.next()) {
            if (work.wholeClass()) {
                String reason = "not run: " + why;
                error(null, work, ensureOpen(work), reason, NOT_RUN + ": " + reason, 0);
            } else {
                notContinued(work, work.untouched(), why);
            }
            finish(work, null);
        }
    }

    /**
     * What a continuation left without running any of it: carrying it on would only repeat that, so each
     * selection is an error that says why (a test named from its unique id, {@link Uid#testName}, which is all
     * the supervisor knows of a test that never started), and invocations that may follow, one on the class.
     * The caller finishes the stream.
     */
    void notContinued(Work work, Leftovers.Left left, String why) {
        TestReport classReport = ensureOpen(work);
        String reason = "not run: " + why;
        for (String uid : left.known) {
            String detail = NOT_RUN + ": " + reason + System.lineSeparator() + "unique id: " + uid;
            error(null, work, new TestReport(uid, work.testClass, null, Uid.testName(uid), null, null, null, null, null,
                    null, null), reason, detail, 0);
        }
        if (!left.windows.isEmpty()) {
            StringBuilder detail = new StringBuilder(NOT_RUN + ": " + reason);
            for (Leftovers.Window window : left.windows) {
                detail.append(System.lineSeparator()).append("invocations #").append(window.from)
                        .append(" and later, if any, of ").append(window.parent);
            }
            error(null, work, classReport, reason + " (invocations that may follow)", detail.toString(), 0);
        }
    }

    /**
     * A continuation ran to its end: what it selected and never reported (its engine failed outside any
     * class, say) is reported as not run, never dropped.
     */
    void unreported(Worker worker, Part part) {
        Work work = part.work;
        Leftovers.Left lost = part.progress.unreported(part.classUid, work.uniqueIds, work.windows);
        if (!lost.isEmpty()) {
            String why = worker + " ended its part of " + work.testClass + " without reporting them";
            notContinued(work, lost, why);
            log.error("[retire] " + lost.known.size() + " test" + (lost.known.size() == 1 ? "" : "s") + " of "
                    + work.testClass + " reported as not run: " + why);
        }
    }
}
