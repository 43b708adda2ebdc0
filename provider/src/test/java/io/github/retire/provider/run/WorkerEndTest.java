package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;

import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.worker.ExitStatus;
import io.github.retire.provider.worker.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A worker's end is judged once, from the facts the supervisor gathered; each kind from its own facts. */
class WorkerEndTest {
    private final Settings settings = Settings.read(new Properties(), Collections.emptyMap(), 2, w -> { });
    private Process process;

    @AfterEach
    void reap() throws Exception {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    private Worker worker(boolean busy) throws Exception {
        process = new ProcessBuilder("true").start();
        Worker w = new Worker(3, "secret", process, null);
        if (busy) {
            w.begin(Work.wholeClass("A"));
        }
        w.exitStatus = 134;
        return w;
    }

    private WorkerEnd judge(Worker w, Worker.State was) {
        return WorkerEnd.judge(w, was, settings, null);
    }

    @Test
    void anIdleWorkerEndsAsItWasToldOrOnItsOwn() throws Exception {
        assertEquals(WorkerEnd.Kind.RETIRED, judge(worker(false), Worker.State.RETIRING).kind);
        assertEquals(WorkerEnd.Kind.SHUT_DOWN, judge(worker(false), Worker.State.STOPPING).kind);
        WorkerEnd idle = judge(worker(false), Worker.State.IDLE);
        assertEquals(WorkerEnd.Kind.ENDED_IDLE, idle.kind);
        assertFalse(idle.lost());
        assertFalse(idle.saidHello);
    }

    @Test
    void aRetiringWorkerWithTestsLeftStillRetiredUnlessItBrokeTheProtocol() throws Exception {
        Worker w = worker(true);
        assertEquals(WorkerEnd.Kind.RETIRED, judge(w, Worker.State.RETIRING).kind);
        w.protocolError = "a second end of A.x";
        WorkerEnd end = judge(w, Worker.State.RETIRING);
        assertEquals(WorkerEnd.Kind.ENDED_BY_RETIRE, end.kind);
        assertTrue(end.lost());
        assertEquals("worker 3 was ended by retire, having sent what it may not (a second end of A.x), while running"
                + " A.x", end.message("A.x"));
    }

    @Test
    void aWorkerKilledOverdueAfterItWasToldToStopIsStillShutDown() throws Exception {
        Worker w = worker(false);
        w.killed = Worker.Kill.OVERDUE;
        WorkerEnd end = judge(w, Worker.State.STOPPING);
        assertEquals(WorkerEnd.Kind.SHUT_DOWN, end.kind);
        assertTrue(end.killedOverdue);
    }

    @Test
    void aBusyWorkerThatEndedOnItsOwnCrashedWithItsExitInTheMessage() throws Exception {
        Worker w = worker(true);
        w.rememberOutput("# A fatal error has been detected");
        WorkerEnd end = judge(w, Worker.State.RUNNING);
        assertEquals(WorkerEnd.Kind.CRASHED, end.kind);
        assertEquals(TestSets.CRASH, end.errorType());
        assertNull(end.stage);
        assertEquals("worker 3 " + ExitStatus.describe(134, w.lastOutput()) + " while running A.x", end.message("A.x"));
        assertTrue(end.detail().endsWith("# A fatal error has been detected"), end.detail());
    }

    @Test
    void eachStageOfATimeoutIsATimeoutWhateverElseHappened() throws Exception {
        Worker java = worker(true);
        java.timeout = Arrays.asList("[engine:x]/[class:A]/[method:x()]", "timed out after 1 s (retire.testTimeout)",
                "\"main\"");
        java.protocolError = "something after the guard fired";
        WorkerEnd javaEnd = judge(java, Worker.State.RUNNING);
        assertEquals(WorkerEnd.Stage.JAVA, javaEnd.stage);
        assertEquals("[engine:x]/[class:A]/[method:x()]", javaEnd.overran());
        assertEquals("timed out after 1 s (retire.testTimeout) in A.x", javaEnd.message("A.x"));

        Worker watchdog = worker(true);
        watchdog.killedByWatchdog = true;
        WorkerEnd nativeEnd = judge(watchdog, Worker.State.RUNNING);
        assertEquals(WorkerEnd.Kind.TIMED_OUT, nativeEnd.kind);
        assertEquals(WorkerEnd.Stage.NATIVE, nativeEnd.stage);
        assertEquals(TestSets.TIMEOUT, nativeEnd.errorType());
        assertTrue(nativeEnd.detail().contains("the native watchdog killed worker 3"), nativeEnd.detail());

        Worker silent = worker(true);
        silent.killed = Worker.Kill.SILENT;
        WorkerEnd supervisorEnd = judge(silent, Worker.State.RUNNING);
        assertEquals(WorkerEnd.Stage.SUPERVISOR, supervisorEnd.stage);
        assertTrue(supervisorEnd.detail().contains("the supervisor killed worker 3"), supervisorEnd.detail());
        assertNull(supervisorEnd.overran());
    }
}
