package io.github.retire.provider.run;

import java.util.HashSet;
import java.util.Set;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.PipeBarrier;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.PropertiesText;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * What a worker's events mean to the run, taken one at a time, in the order the worker sent them and after
 * the native output before each: a class's test set opened, continued and closed through {@link TestSets},
 * its progress kept for what a departure leaves, a retirement handed to {@link Departures}. Live events
 * and those read back from a dead worker's journal come the same way. Runs on the supervisor's thread.
 */
final class WorkerFrames {
    private final WorkQueue workQueue;
    private final TestSets testSets;
    private final Relay relay;
    private final ConsoleLogger log;
    private final Parallelism parallelism;
    private final StartupGuard startup;
    private final Scheduler scheduler;
    private final Departures departures;
    /** Where a worker's native lines go once the barrier lets them through. */
    private final java.util.function.Function<Worker, PipeBarrier.Sink> sinks;
    private final Set<String> logged = new HashSet<>();
    private final RunRecord record;

    WorkerFrames(WorkQueue workQueue, TestSets testSets, Relay relay, ConsoleLogger log, Parallelism parallelism,
                 StartupGuard startup, Scheduler scheduler, Departures departures,
                 java.util.function.Function<Worker, PipeBarrier.Sink> sinks, RunRecord record) {
        this.record = record;
        this.workQueue = workQueue;
        this.testSets = testSets;
        this.relay = relay;
        this.log = log;
        this.parallelism = parallelism;
        this.startup = startup;
        this.scheduler = scheduler;
        this.departures = departures;
        this.sinks = sinks;
    }

    /** One event of a worker, in the order the worker sent it and after the native output before it. */
    void handle(Worker worker, Frame<EventType> frame) {
        EventType type = frame.type();
        switch (type) {
            case SYSTEM_PROPERTIES:
                worker.systemProperties = PropertiesText.parse(frame.string(0));
                break;
            case TESTSET_STARTING:
                testSetStarting(worker, TestReport.fromFrame(frame));
                break;
            case PLAN:
                plan(worker, frame.string(0));
                break;
            case TESTSET_COMPLETED:
                testSetCompleted(worker, TestReport.fromFrame(frame));
                break;
            case TEST_STARTING:
                testStarting(worker, TestReport.fromFrame(frame));
                break;
            case TEST_SUCCEEDED:
            case TEST_FAILED:
            case TEST_ERROR:
            case TEST_SKIPPED:
            case TEST_ASSUMPTION_FAILURE:
                testEnded(worker, type, TestReport.fromFrame(frame));
                break;
            case STDOUT:
            case STDERR:
                output(worker, type == EventType.STDOUT, frame.string(0), Integer.valueOf(1).equals(frame.number()),
                        frame.string(1));
                break;
            case CLASS_DONE:
                classDone(worker);
                break;
            case RETIRE:
                if (worker.state == Worker.State.RETIRING) {
                    break; // a second failure beside the first: reported, and its thread stopped
                }
                if (!worker.busy()) {
                    throw new ProtocolException("retire while it ran nothing");
                }
                departures.retired(worker, frame);
                break;
            case TIMEOUT:
                worker.timeout = frame.strings();
                break;
            case LOG:
                workerLog(frame.string(0), frame.string(1));
                break;
            case FATAL:
                startup.fatal(frame.string(0));
                log.error("[retire] " + worker + " cannot run tests: " + frame.string(0));
                break;
            default:
                log.warning("[retire] unexpected " + type + " from " + worker);
        }
    }

    /**
     * The part of the worker's work that a report belongs to. Null when it belongs to none and the
     * worker is retiring: its events after the retirement are of tests the supervisor gave on already.
     */
    private Part part(Worker worker, TestReport report) {
        Part part = worker.partOf(report);
        if (part == null && (report.uniqueId() == null || !report.uniqueId().contains("/["))) {
            // An engine's own failure, above every class: the first class still running reports it.
            part = firstUnfinished(worker);
        }
        if (part == null || part.finished) {
            if (worker.state == Worker.State.RETIRING) {
                return null;
            }
            throw new ProtocolException("an event of " + report + ", which it was not running"
                    + (part != null ? " any more" : ""));
        }
        return part;
    }

    private void testSetStarting(Worker worker, TestReport classReport) {
        Part part = part(worker, classReport);
        if (part == null) {
            return;
        }
        part.classUid = classReport.uniqueId();
        record.classStarted(worker.id, part.work);
        testSets.starting(part.work, classReport);
    }

    private void plan(Worker worker, String lines) {
        Part part = worker.only();
        if (part == null) {
            int space = lines.indexOf(' ');
            int end = lines.indexOf('\n');
            // a class's plan follows its start; which class, its first line says (an empty plan says nothing)
            part = space < 0 ? null : worker.partOf(lines.substring(space + 1, end < 0 ? lines.length() : end));
        }
        if (part != null) {
            part.progress.plan(lines);
        }
    }

    private void testSetCompleted(Worker worker, TestReport report) {
        Part part = part(worker, report);
        // A window run to its end leaves the test set open for the invocations after it (CLASS_DONE).
        if (part == null || !part.progress.beyond(part.work.windows).isEmpty()) {
            return;
        }
        testSets.unfinished(worker, part);
        testSets.completed(part.work, report, worker.systemProperties);
        if (worker.parts.size() > 1) {
            // Classes side by side: this one is over, and the relay may go on to the next.
            testSets.finish(part.work, worker.systemProperties);
            part.finished = true;
        }
    }

    private void testStarting(Worker worker, TestReport report) {
        Part part = part(worker, report);
        if (part == null) {
            return;
        }
        if (part.progress.hasEnded(report.uniqueId())) {
            // A test runs once in a piece of work: its events again are bytes sent twice (a journal whose
            // mapping failed under it, docs/RELIABILITY.md), and relaying them would report it twice.
            throw new ProtocolException("a second start of " + report + ", which had ended");
        }
        scheduler.releaseSpares();
        part.running.put(report.uniqueId(), new Part.Running(report));
        part.progress.started(report.uniqueId());
        testSets.testStarting(part.work, report);
    }

    private void testEnded(Worker worker, EventType type, TestReport report) {
        Part part = part(worker, report);
        if (part == null) {
            return;
        }
        // An end without a start is a skipped test, or a container that failed.
        Part.Running running = part.running.remove(report.uniqueId());
        if (running == null && part.progress.hasEnded(report.uniqueId())) {
            throw new ProtocolException("a second end of " + report + ", which had ended");
        }
        worker.lastReport = report;
        part.progress.ended(report.uniqueId());
        if ((type == EventType.TEST_FAILED || type == EventType.TEST_ERROR) && worker.firstFailure == null) {
            worker.firstFailure = report;
        }
        testSets.testEnded(worker, part.work, running, type, report);
    }

    private void classDone(Worker worker) {
        if (!worker.busy()) {
            throw new ProtocolException("class-done while it ran nothing");
        }
        for (Part part : worker.parts) {
            if (part.finished) {
                continue;
            }
            testSets.unfinished(worker, part);
            testSets.unreported(worker, part);
            Leftovers.Left beyond = part.progress.beyond(part.work.windows);
            if (beyond.isEmpty()) {
                testSets.finish(part.work, worker.systemProperties);
            } else {
                // More invocations may follow those the windows selected: the test set stays open.
                workQueue.continueFirst(part.work.continuation(beyond));
            }
        }
        worker.finishCurrent();
        // Native lines still held came after the class: the build log's, as between classes, or the next
        // class's when the worker has one
        worker.barrier.idle(worker.queuedWork != null, sinks.apply(worker));
        worker.beginQueued();
        startup.progressMade();
        scheduler.reschedule();
    }
    /** Workers say the same things (a missing native watchdog, say): once is enough. */
    private void workerLog(String level, String text) {
        if (logged.add(level + text)) {
            if ("WARNING".equals(level)) {
                log.warning("[retire] " + text);
            } else {
                log.info("[retire] " + text);
            }
        }
    }

    private static Part firstUnfinished(Worker worker) {
        for (Part p : worker.parts) {
            if (!p.finished) {
                return p;
            }
        }
        return null;
    }

    /**
     * Output goes to the stream of the class that printed it. With JUnit's parallel mode, what a test
     * printed is held until its end, so that Surefire, which files the output it gets under the next
     * test of the stream to end, files it under that test even when others end first.
     *
     * @param owner the unique id of the test or container that printed it, or null (native output,
     *              or a thread no test started)
     */
    void output(Worker worker, boolean stdout, String text, boolean newLine, String owner) {
        if (owner != null && parallelism.on()) {
            Part.Running running = worker.running(owner);
            if (running != null) {
                running.hold(relay.holding(), stdout, text, newLine);
                return;
            }
        }
        Part part = owner == null ? null : worker.partOf(owner);
        if (part == null || part.finished) {
            part = firstUnfinished(worker);
        }
        if (part != null) {
            relay.output(part.work, stdout, text, newLine);
        } else if (!text.isEmpty()) {
            log.info("[retire] " + worker + (stdout ? "" : " (stderr)") + ": " + text);
        }
    }
}
