package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Worker;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;

/** Who gets which work, without processes: the workers here have no connection, so sends go nowhere. */
class SchedulerTest {
    private static Settings workers(int n) {
        Properties p = new Properties();
        p.setProperty(Settings.WORKERS, String.valueOf(n));
        return Settings.read(p, Collections.emptyMap(), 2, w -> { });
    }

    private static Worker idle(Scheduler scheduler, int id) {
        Worker w = new Worker(id, "secret", null, null);
        scheduler.adopt(w);
        w.state = Worker.State.IDLE;
        return w;
    }

    private static Scheduler scheduler(Settings settings, WorkQueue workQueue) {
        return new Scheduler(settings, workQueue, new RunStats(), new TestSets(new Relay(null), new RunStats(), workQueue,
                new NullConsoleLogger(), RunRecord.off()), null,
                new FailFast(0, new NullConsoleLogger()), Parallelism.OFF, new LiveWorkers(),
                new StartupGuard(settings.maxStartupFailures()), RunRecord.off());
    }

    @Test
    void oneWorkerGetsItsNextClassBeforeItAsks() {
        WorkQueue workQueue = new WorkQueue(Arrays.asList("A", "B", "C"), 0);
        Scheduler scheduler = scheduler(workers(1), workQueue);
        Worker w = idle(scheduler, 1);

        assertSame(w, scheduler.schedule());
        assertEquals("A", w.parts.get(0).work.testClass);
        assertEquals("B", w.queuedWork.testClass);
        assertEquals(1, workQueue.pendingWork());

        w.finishCurrent();
        w.beginQueued();
        scheduler.schedule();
        assertEquals(Worker.State.RUNNING, w.state);
        assertEquals("B", w.parts.get(0).work.testClass);
        assertEquals("C", w.queuedWork.testClass);
        assertEquals(0, workQueue.pendingWork());
    }

    /**
     * A worker whose process or connection ended only waits for its end to be judged (after what its journal
     * held): work handed to it then would be charged to it as a crash, and its class not run.
     */
    @Test
    void anIdleWorkerWhoseProcessOrConnectionEndedGetsNoWork() {
        WorkQueue workQueue = new WorkQueue(Arrays.asList("A", "B"), 0);
        Scheduler scheduler = scheduler(workers(2), workQueue);
        Worker exited = idle(scheduler, 1);
        exited.exitStatus = 0;
        Worker disconnected = idle(scheduler, 2);
        disconnected.connectionClosed();

        assertNull(scheduler.schedule());
        assertEquals(Worker.State.IDLE, exited.state);
        assertEquals(Worker.State.IDLE, disconnected.state);
        assertEquals(2, workQueue.pendingWork());

        Worker healthy = idle(scheduler, 3);
        assertSame(healthy, scheduler.schedule());
        assertEquals("A", healthy.parts.get(0).work.testClass);
    }

    @Test
    void aWorkerRunningWindowsGetsNothingAheadSoTheirContinuationComesFirst() {
        WorkQueue workQueue = new WorkQueue(Arrays.asList("A", "B", "C"), 0);
        Scheduler scheduler = scheduler(workers(1), workQueue);
        Worker w = idle(scheduler, 1);
        Leftovers.Left left = new Leftovers.Left();
        left.windows.add(new Leftovers.Window("[engine:junit-jupiter]/[class:Z]/[test-template:p(int)]",
                Arrays.asList("test-template-invocation"), 17, Leftovers.FIRST_WINDOW));
        workQueue.continueFirst(Work.wholeClass("Z").continuation(left));

        scheduler.schedule();
        assertEquals("Z", w.parts.get(0).work.testClass);
        assertNull(w.queuedWork);
        assertEquals(3, workQueue.pendingWork());
    }

    @Test
    void nothingIsSentAheadThatAnotherWorkerCouldStillTake() {
        WorkQueue workQueue = new WorkQueue(Arrays.asList("A", "B", "C", "D"), 0);
        Scheduler scheduler = scheduler(workers(2), workQueue);
        Worker w1 = idle(scheduler, 1);
        Worker w2 = idle(scheduler, 2);

        scheduler.schedule();
        // A and B run; two are pending, so one may go ahead, and the other is left for whoever is free.
        assertEquals("A", w1.parts.get(0).work.testClass);
        assertEquals("B", w2.parts.get(0).work.testClass);
        assertEquals("C", w1.queuedWork.testClass);
        assertNull(w2.queuedWork);
        assertEquals(1, workQueue.pendingWork());
    }

    @Test
    void queuedWorkOfAWorkerThatGoesIsFirstInLineAgain() {
        WorkQueue workQueue = new WorkQueue(Arrays.asList("A", "B", "C"), 0);
        Scheduler scheduler = scheduler(workers(1), workQueue);
        Worker w = idle(scheduler, 1);
        scheduler.schedule();
        assertEquals("B", w.queuedWork.testClass);

        scheduler.takeBackQueued(w);
        assertNull(w.queuedWork);
        assertEquals(2, workQueue.pendingWork());
        assertEquals("B", workQueue.peek().testClass);
        scheduler.takeBackQueued(w); // harmless twice
        assertEquals(2, workQueue.pendingWork());
    }

    @Test
    void aRerunIsNeverSentAhead() {
        WorkQueue workQueue = new WorkQueue(Collections.singletonList("A"), 1);
        Scheduler scheduler = scheduler(workers(1), workQueue);
        Worker w = idle(scheduler, 1);
        scheduler.schedule();
        workQueue.continueFirst(Work.rerun("A", "[engine:junit-jupiter]/[class:A]/[method:t()]", 1));

        scheduler.schedule();
        assertNull(w.queuedWork);
        assertEquals(1, workQueue.pendingWork());
    }
}
