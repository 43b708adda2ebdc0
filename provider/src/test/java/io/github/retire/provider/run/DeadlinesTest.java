package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.worker.Worker;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The supervisor's last stage of a hard timeout kills a silent worker, and only one whose test may be running. */
class DeadlinesTest {
    private Process process;

    @AfterEach
    void reap() throws Exception {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    private Worker running(LiveWorkers live) throws Exception {
        process = new ProcessBuilder("sleep", "60").start();
        Worker w = new Worker(1, "secret", process, null);
        live.add(w);
        w.begin(Work.wholeClass("A"));
        return w;
    }

    private static Settings settings() {
        Properties p = new Properties();
        p.setProperty(Settings.TEST_TIMEOUT, "100ms");
        p.setProperty(Settings.TIMEOUT_GRACE, "100ms");
        return Settings.read(p, Collections.emptyMap(), 2, w -> { });
    }

    private static Deadlines deadlines(LiveWorkers live) {
        return new Deadlines(settings(), live, new NullConsoleLogger());
    }

    private static long ago(long millis) {
        return System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Output or a log line before the class's start is not its start: the longer limit still holds. */
    @Test
    void aWordThatIsNotTheClassesStartLeavesTheLongerLimit() throws Exception {
        LiveWorkers live = new LiveWorkers();
        Worker w = running(live);
        w.currentWorkSince = ago(10_000);
        w.lastHeard = ago(9_000);

        deadlines(live).check();

        assertNull(w.killed);
    }

    /**
     * Until the worker says anything of its class no test has started: a loaded machine finding and loading the
     * class is not a test overrunning (seen as a false timeout with retire.testTimeout=2s under a load of 30).
     */
    @Test
    void silenceBeforeTheWorkersFirstWordOnItsClassIsNotATimeout() throws Exception {
        LiveWorkers live = new LiveWorkers();
        Worker w = running(live);
        w.currentWorkSince = ago(10_000);
        w.lastHeard = w.currentWorkSince;

        deadlines(live).check();

        assertNull(w.killed);
        assertEquals(true, process.isAlive());
    }

    @Test
    void silenceAfterTheWorkerSpokeOfItsClassPastTheLimitGraceAndMarginKillsIt() throws Exception {
        LiveWorkers live = new LiveWorkers();
        Worker w = running(live);
        w.parts.get(0).classUid = "[engine:junit-jupiter]/[class:A]";
        w.currentWorkSince = ago(10_000);
        w.lastHeard = ago(9_000);

        deadlines(live).check();

        assertEquals(Worker.Kill.SILENT, w.killed);
    }

    @Test
    void silenceBeforeItsFirstWordPastTheHelloDeadlineKillsItToo() throws Exception {
        LiveWorkers live = new LiveWorkers();
        Worker w = running(live);
        w.currentWorkSince = ago(Deadlines.HELLO_DEADLINE_MILLIS + 1_000);
        w.lastHeard = w.currentWorkSince;

        deadlines(live).check();

        assertEquals(Worker.Kill.SILENT_UNSTARTED, w.killed);
        WorkerEnd end = WorkerEnd.judge(w, Worker.State.RUNNING, settings(), null);
        assertEquals(WorkerEnd.Stage.SUPERVISOR, end.stage);
        assertEquals("worker 1 did not start A within 60 s of being given it", end.message("A"));
    }
}
