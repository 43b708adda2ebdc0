package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Worker;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.junit.jupiter.api.Test;

/** skipAfterFailureCount across workers, without processes: what each worker is told. */
class FailFastTest {
    private final List<String> logged = new ArrayList<>();
    /** Keeps what is logged at INFO; the rest goes nowhere. */
    private final ConsoleLogger log = (ConsoleLogger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConsoleLogger.class}, (proxy, method, args) -> {
                if (method.getName().equals("info")) {
                    logged.add((String) args[0]);
                }
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });

    private static Worker worker(int id, Worker.State state) {
        Worker w = new Worker(id, "secret", null, null);
        w.state = state;
        return w;
    }

    @Test
    void runningWorkersLearnHowManyFailuresAreLeftAndTheLastOneDrainsThem() {
        FailFast failFast = new FailFast(2, log);
        Worker running = worker(1, Worker.State.RUNNING);
        Worker spare = worker(2, Worker.State.IDLE);
        List<Worker> alive = Arrays.asList(running, spare);

        failFast.count(0, alive);
        assertNull(running.failuresLeftTold, "nothing failed: nothing to tell");
        failFast.count(1, alive);
        assertEquals(1, running.failuresLeftTold);
        assertNull(spare.failuresLeftTold, "a spare learns it with its work");
        assertTrue(logged.isEmpty());
        failFast.count(2, alive);
        assertEquals(0, running.failuresLeftTold);
        assertTrue(FailFast.drained(running));
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).startsWith("[retire] skipAfterFailureCount=2 reached (2 failures across all workers)"));
        failFast.count(3, alive);
        assertEquals(1, logged.size(), "said once");
    }

    @Test
    void normalWorkIsPrecededByTheCountButRerunsAreNot() {
        FailFast failFast = new FailFast(1, log);
        Worker w = worker(1, Worker.State.IDLE);
        failFast.count(1, Collections.singletonList(worker(2, Worker.State.RUNNING)));

        failFast.beforeWork(w, Work.rerun("A", "[engine:junit-jupiter]/[class:A]/[method:a()]", 1));
        assertNull(w.failuresLeftTold, "a rerun runs whatever the count, as with stock");
        failFast.beforeWork(w, Work.wholeClass("B"));
        assertTrue(FailFast.drained(w), "a class handed out after the count was reached is skipped whole");
    }

    @Test
    void aDrainedWorkerNeverTakesARerun() {
        Properties p = new Properties();
        p.setProperty(Settings.WORKERS, "1");
        Settings settings = Settings.read(p, Collections.emptyMap(), 2, w -> { });
        WorkQueue workQueue = new WorkQueue(Collections.emptyList(), 1);
        FailFast failFast = new FailFast(1, log);
        Scheduler scheduler = new Scheduler(settings, workQueue, new RunStats(),
                new TestSets(new Relay(null), new RunStats(), workQueue, log, RunRecord.off()), null,
                failFast, Parallelism.OFF, new LiveWorkers(), new StartupGuard(settings.maxStartupFailures()),
                RunRecord.off());
        Worker drained = worker(1, Worker.State.IDLE);
        scheduler.adopt(drained);
        drained.state = Worker.State.IDLE;
        drained.failuresLeftTold = 0;
        workQueue.continueFirst(Work.rerun("A", "[engine:junit-jupiter]/[class:A]/[method:a()]", 1));

        scheduler.schedule();

        assertTrue(drained.parts.isEmpty());
        assertFalse(drained.state == Worker.State.RUNNING);
    }

    @Test
    void withoutALimitNothingIsEverTold() {
        FailFast failFast = new FailFast(0, log);
        Worker w = worker(1, Worker.State.RUNNING);
        failFast.count(5, Collections.singletonList(w));
        failFast.beforeWork(w, Work.wholeClass("A"));
        assertNull(w.failuresLeftTold);
        assertFalse(FailFast.drained(w));
    }
}
