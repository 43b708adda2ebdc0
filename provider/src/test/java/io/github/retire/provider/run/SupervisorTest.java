package io.github.retire.provider.run;

import static io.github.retire.provider.run.FakeRun.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import io.github.retire.provider.settings.Settings;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.junit.jupiter.api.Test;

/**
 * The supervisor core with in-process workers: each test is a script of what the workers say and the
 * exact calls Surefire's reporter receives, and the commands each worker got. See {@link FakeRun}.
 */
class SupervisorTest {

    @Test
    void aWholeClassThatPassesIsOneTestSetAndTheWorkerIsLetGo() {
        FakeRun run = new FakeRun("A");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y")
                .passes("A", "x")
                .stdout("hello from y", uid("A", "y"))
                .passes("A", "y")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "stdout hello from y",
                "testStarting A.y",
                "testSucceeded A.y",
                "testSetCompleted A");
        assertEquals(Arrays.asList("run-class A", "shutdown"), run.worker(1).commands());
        assertEquals(1, run.launched());
        assertNull(run.fatal());
    }

    @Test
    void aRetirementMidClassContinuesTheClassInAFreshWorkerAsOneTestSet() {
        FakeRun run = new FakeRun("A", "B").set(Settings.ON_FAILURE, "true").set(Settings.SPARES, "0");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .passes("A", "x")
                .fails("A", "y", "expected 1")
                .retire("A", "y")
                .exits(0);
        run.worker(2).hello()
                .testSetStarting("A", "z")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A")
                .testSetStarting("B", "b")
                .passes("B", "b")
                .testSetCompleted("B")
                .classDone("B");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testStarting A.y",
                "testFailed A.y",
                "testStarting A.z",
                "testSucceeded A.z",
                "testSetCompleted A",
                "testSetStarting B",
                "testStarting B.b",
                "testSucceeded B.b",
                "testSetCompleted B");
        assertEquals("expected 1", run.entry("testFailed A.y").getMessage());
        // B went ahead to the first worker, came back when it retired, and waited behind what A left.
        assertEquals(Arrays.asList("run-class A", "run-class B", "retire-ack"), run.worker(1).commands());
        assertEquals(Arrays.asList("run-tests A " + uid("A", "z"), "run-class B", "shutdown"),
                run.worker(2).commands());
        assertTrue(run.logged().contains("info [retire] worker 1 retired after A.y failed; 1 selection of A moved"
                + " to a fresh worker"), run.logged().toString());
    }

    @Test
    void aSpareWaitingTakesOverWhatARetiredWorkerLeftAndAnotherSpareStartsOnceItRuns() {
        FakeRun run = new FakeRun("A", "B").set(Settings.ON_FAILURE, "true");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .fails("A", "x", "expected 1")
                .retire("A", "x")
                .exits(0);
        run.worker(2).hello()
                .testSetStarting("A", "y", "z")
                .passes("A", "y")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A")
                .testSetStarting("B", "b")
                .passes("B", "b")
                .testSetCompleted("B")
                .classDone("B");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testFailed A.x",
                "testStarting A.y",
                "testSucceeded A.y",
                "testStarting A.z",
                "testSucceeded A.z",
                "testSetCompleted A",
                "testSetStarting B",
                "testStarting B.b",
                "testSucceeded B.b",
                "testSetCompleted B");
        assertEquals(Arrays.asList(false, true, true), Arrays.asList(run.worker(1).spare(), run.worker(2).spare(),
                run.worker(3).spare()));
        assertEquals(Arrays.asList("run-class A", "run-class B", "retire-ack"), run.worker(1).commands());
        assertEquals(Arrays.asList("run-tests A " + uid("A", "y") + " " + uid("A", "z"), "run-class B", "shutdown"),
                run.worker(2).commands());
        // started when the tests moved to the spare began, to be ready for the next retirement; never used
        assertEquals(Arrays.asList("shutdown"), run.worker(3).commands());
        assertEquals(3, run.launched());
    }

    @Test
    void nativeOutputIsFiledUnderTheTestThatWasRunningWhenItWasWritten() {
        FakeRun run = new FakeRun("A");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y")
                .testStarting("A", "x")
                .nativeSync(1)
                .testSucceeded("A", "x")
                .passes("A", "y")
                .testSetCompleted("A")
                .classDone("A")
                // the pipes lag behind the connection: x's line and the marker after it come last
                .nativeOutput(true, "printed natively by x")
                .pipeMarker(true, 1)
                .pipeMarker(false, 1);

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "stdout printed natively by x",
                "testSucceeded A.x",
                "testStarting A.y",
                "testSucceeded A.y",
                "testSetCompleted A");
    }

    @Test
    void aWorkerThatDoesNotExitWhenToldIsKilledAfterTheExitTimeout() {
        FakeRun run = new FakeRun("A").set(Settings.EXIT_TIMEOUT, "100ms");
        run.worker(1).hello()
                .testSetStarting("A", "x")
                .passes("A", "x")
                .testSetCompleted("A")
                .classDone("A")
                .untilKilled();

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testSetCompleted A");
        assertEquals(Arrays.asList("run-class A", "shutdown"), run.worker(1).commands());
        assertEquals(1, run.worker(1).kills());
        assertTrue(run.logged().contains("warning [retire] worker 1 did not exit within 100 ms (retire.exitTimeout)"
                + " of being asked to; killing it"), run.logged().toString());
    }

    @Test
    void aCrashMidTestIsOneErrorOnThatTestAndTheRestOfTheClassGoesOn() {
        FakeRun run = new FakeRun("A");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .passes("A", "x")
                .testStarting("A", "y")
                .nativeOutput(false, "# A fatal error has been detected by the Java Runtime Environment:")
                .nativeOutput(false, "#  SIGSEGV (0xb) at pc=0x00007f, pid=1001, tid=1002")
                .exits(134);
        run.worker(2).hello()
                .testSetStarting("A", "z")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testStarting A.y",
                // the supervisor files native output under the test that is running
                "stderr # A fatal error has been detected by the Java Runtime Environment:",
                "stderr #  SIGSEGV (0xb) at pc=0x00007f, pid=1001, tid=1002",
                "testError A.y",
                "testStarting A.z",
                "testSucceeded A.z",
                "testSetCompleted A");
        ReportEntry error = run.entry("testError A.y");
        assertEquals("worker 1 crashed with SIGSEGV (JVM fatal error) and was killed by SIGABRT while running A.y",
                error.getMessage());
        assertTrue(error.getStackTraceWriter().writeTraceToString().startsWith(TestSets.CRASH + ": "),
                error.getStackTraceWriter().writeTraceToString());
        assertEquals(Arrays.asList("run-class A"), run.worker(1).commands());
        assertEquals(Arrays.asList("run-tests A " + uid("A", "z"), "shutdown"), run.worker(2).commands());
    }

    @Test
    void aCrashPutsTheClassSentAheadBackBehindWhatItLeftOfItsOwn() {
        FakeRun run = new FakeRun("A", "B");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .passes("A", "x")
                .testStarting("A", "y")
                .exits(139);
        run.worker(2).hello()
                .testSetStarting("A", "z")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A")
                .testSetStarting("B", "b")
                .passes("B", "b")
                .testSetCompleted("B")
                .classDone("B");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testStarting A.y",
                "testError A.y",
                "testStarting A.z",
                "testSucceeded A.z",
                "testSetCompleted A",
                "testSetStarting B",
                "testStarting B.b",
                "testSucceeded B.b",
                "testSetCompleted B");
        assertEquals("worker 1 was killed by SIGSEGV while running A.y", run.entry("testError A.y").getMessage());
        assertEquals(Arrays.asList("run-class A", "run-class B"), run.worker(1).commands());
        assertEquals(Arrays.asList("run-tests A " + uid("A", "z"), "run-class B", "shutdown"),
                run.worker(2).commands());
    }

    @Test
    void aWorkerThatDiesBeforeHelloIsLoggedAndTheNextOneRunsEverything() {
        FakeRun run = new FakeRun("A");
        run.worker(1)
                .nativeOutput(false, "Error: Could not create the Java Virtual Machine.")
                .exits(1);
        run.worker(2).hello()
                .testSetStarting("A", "x")
                .passes("A", "x")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testSetCompleted A");
        assertEquals(Arrays.asList(), run.worker(1).commands());
        assertEquals(Arrays.asList("run-class A", "shutdown"), run.worker(2).commands());
        assertTrue(run.logged().contains("error [retire] worker 1 exited with status 1 before running any test;"
                + " its output:" + System.lineSeparator() + "Error: Could not create the Java Virtual Machine."),
                run.logged().toString());
    }

    @Test
    void aWorkerThatHasNotSaidHelloByTheDeadlineIsKilledAsAStartupFailureAndTheNextOneRunsEverything() {
        FakeRun run = new FakeRun("A");
        run.worker(1)
                .startedAgo(Deadlines.HELLO_DEADLINE_MILLIS + 1)
                .nativeOutput(false, "stalled before its hello")
                .untilKilled();
        run.worker(2).hello()
                .testSetStarting("A", "x")
                .passes("A", "x")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testSetCompleted A");
        assertEquals(1, run.worker(1).kills());
        assertEquals(Arrays.asList(), run.worker(1).commands());
        assertTrue(run.logged().contains("error [retire] worker 1 did not say hello within 60 s of its start;"
                + " killing it"), run.logged().toString());
        assertTrue(run.logged().stream().anyMatch(l -> l.startsWith("error [retire] worker 1 ")
                && l.contains(" before running any test")), run.logged().toString());
    }

    @Test
    void whenTheWorkerPortStopsTakingConnectionsTheWorkersStillStartingAreKilledAndTheRunEndsSayingWhy() {
        FakeRun run = new FakeRun("A");
        run.worker(1)
                .nativeOutput(false, "starting")
                .doorBroken("the worker port stopped taking connections (it ended)")
                .untilKilled();

        run.run();

        assertEquals(1, run.worker(1).kills());
        assertEquals("the worker port stopped taking connections (it ended)", run.fatal());
    }

    @Test
    void aCrashByASignalOutsideAnyTestIsOneErrorOnTheClass() {
        FakeRun run = new FakeRun("A", "B");
        run.worker(1).hello()
                .testSetStarting("A", "x")
                .exits(137);
        run.worker(2).hello()
                .testSetStarting("B", "b")
                .passes("B", "b")
                .testSetCompleted("B")
                .classDone("B");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testError A",
                "testSetCompleted A",
                "testSetStarting B",
                "testStarting B.b",
                "testSucceeded B.b",
                "testSetCompleted B");
        assertEquals("worker 1 was killed by SIGKILL while running A", run.entry("testError A").getMessage());
    }

    /**
     * The class completed and reported all of its tests; the worker died before class-done. A stays one
     * test set: its start first, its completion last, nothing of A after it. The crash is an error inside
     * it, as the set closes only when its stream is finished (class-done, or here the worker's end).
     */
    @Test
    void aCrashAfterTheClassCompletedAndBeforeClassDoneLeavesItOneTestSet() {
        FakeRun run = new FakeRun("A", "B");
        run.worker(1).hello()
                .testSetStarting("A", "x")
                .passes("A", "x")
                .testSetCompleted("A")
                .exits(134);
        run.worker(2).hello()
                .testSetStarting("B", "b")
                .passes("B", "b")
                .testSetCompleted("B")
                .classDone("B");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testError A",
                "testSetCompleted A",
                "testSetStarting B",
                "testStarting B.b",
                "testSucceeded B.b",
                "testSetCompleted B");
        assertTrue(run.logged().contains("error [retire] worker 1 was killed by SIGABRT while running A;"
                + " nothing of its class was left"), run.logged().toString());
    }

    @Test
    void framesTheConnectionNeverDeliveredAreReadFromTheJournalAndTheCrashIsChargedToTheirTest() {
        FakeRun run = new FakeRun("A");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .passes("A", "x")
                .holding()
                .stdout("y begins", uid("A", "y"))
                .testStarting("A", "y")
                .exits(134);
        run.worker(2).hello()
                .testSetStarting("A", "z")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "stdout y begins",
                "testStarting A.y",
                "testError A.y",
                "testStarting A.z",
                "testSucceeded A.z",
                "testSetCompleted A");
        assertEquals("worker 1 was killed by SIGABRT while running A.y", run.entry("testError A.y").getMessage());
    }

    /** The replay goes through the same handlers as live frames: a retirement read from the journal is one. */
    @Test
    void aRetirementTheConnectionNeverDeliveredIsReadFromTheJournal() {
        FakeRun run = new FakeRun("A").set(Settings.ON_FAILURE, "true").set(Settings.SPARES, "0");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .passes("A", "x")
                .holding()
                .fails("A", "y", "expected 1")
                .retire("A", "y")
                .exits(0);
        run.worker(2).hello()
                .testSetStarting("A", "z")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testStarting A.y",
                "testFailed A.y",
                "testStarting A.z",
                "testSucceeded A.z",
                "testSetCompleted A");
        assertEquals("run-class A", run.worker(1).commands().get(0));
        assertEquals(Arrays.asList("run-tests A " + uid("A", "z"), "shutdown"), run.worker(2).commands());
        assertTrue(run.logged().contains("info [retire] worker 1 retired after A.y failed; 1 selection of A moved"
                + " to a fresh worker"), run.logged().toString());
    }

    /**
     * A worker that broke the protocol live still has its journal replayed, as its later live frames are
     * handled: a test that passed and whose end only the journal holds is reported passed, not charged.
     */
    @Test
    void aJournalIsReplayedAfterALiveProtocolError() {
        FakeRun run = new FakeRun("A");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .passes("A", "x")
                .testStarting("A", "y")
                .testSucceeded("A", "x")
                .holding()
                .testSucceeded("A", "y")
                .exits(1);
        run.worker(2).hello()
                .testSetStarting("A", "z")
                .passes("A", "z")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        assertTrue(run.reported().contains("testSucceeded A.y"), run.reported().toString());
        assertTrue(!run.reported().contains("testError A.y"), run.reported().toString());
    }

    @Test
    void theJavaStageOfATimeoutIsOneErrorOnTheTestThatOverranWithItsThreadDump() {
        FakeRun run = new FakeRun("A").set(Settings.TEST_TIMEOUT, "1s");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y")
                .testStarting("A", "x")
                .timeout("A", "x", "timed out after 1 s (retire.testTimeout)", "\"main\"\n\tat A.x(A.java:3)")
                .exits(124);
        run.worker(2).hello()
                .testSetStarting("A", "y")
                .passes("A", "y")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testError A.x",
                "testStarting A.y",
                "testSucceeded A.y",
                "testSetCompleted A");
        ReportEntry error = run.entry("testError A.x");
        assertEquals("timed out after 1 s (retire.testTimeout) in A.x", error.getMessage());
        String trace = error.getStackTraceWriter().writeTraceToString();
        assertTrue(trace.startsWith(TestSets.TIMEOUT + ": ") && trace.contains("\tat A.x(A.java:3)"), trace);
        assertTrue(run.logged().stream().anyMatch(l -> l.contains("1 timeout")), run.logged().toString());
    }

    @Test
    void theNativeStageOfATimeoutIsOneErrorOnTheRunningTestThatNamesTheWatchdog() {
        FakeRun run = new FakeRun("A").set(Settings.TEST_TIMEOUT, "1s");
        run.worker(1).hello()
                .testSetStarting("A", "x")
                .testStarting("A", "x")
                .watchdogLine()
                .exits(137);

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "stderr [retire-watchdog] deadline plus grace passed; the native watchdog ended this worker",
                "testError A.x",
                "testSetCompleted A");
        ReportEntry error = run.entry("testError A.x");
        assertEquals("timed out after 1 s (retire.testTimeout) in A.x", error.getMessage());
        assertTrue(error.getStackTraceWriter().writeTraceToString().contains("the native watchdog killed worker 1"),
                error.getStackTraceWriter().writeTraceToString());
    }

    @Test
    void aWorkerSilentPastTheTimeoutTheGraceAndTheMarginIsKilledByTheSupervisor() {
        FakeRun run = new FakeRun("A").set(Settings.TEST_TIMEOUT, "100ms").set(Settings.TIMEOUT_GRACE, "100ms");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y")
                .testStarting("A", "x")
                .untilKilled();
        run.worker(2).hello()
                .testSetStarting("A", "y")
                .passes("A", "y")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testError A.x",
                "testStarting A.y",
                "testSucceeded A.y",
                "testSetCompleted A");
        assertEquals(1, run.worker(1).kills());
        ReportEntry error = run.entry("testError A.x");
        assertEquals("timed out after 100 ms (retire.testTimeout) in A.x", error.getMessage());
        assertTrue(error.getStackTraceWriter().writeTraceToString().contains("the supervisor killed worker 1, silent"),
                error.getStackTraceWriter().writeTraceToString());
    }

    @Test
    void afterMaxStartupFailuresWorkersInARowEveryClassIsAnErrorThatSaysWhy() {
        FakeRun run = new FakeRun("A", "B").set(Settings.MAX_STARTUP_FAILURES, "2");
        run.worker(1)
                .nativeOutput(false, "Error: Could not create the Java Virtual Machine.")
                .exits(1);
        run.worker(2)
                .nativeOutput(false, "Error: Could not create the Java Virtual Machine.")
                .exits(1);

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testError A",
                "testSetCompleted A",
                "testSetStarting B",
                "testError B",
                "testSetCompleted B");
        String why = "not run: 2 worker JVMs in a row ended before completing a test";
        assertEquals(why, run.entry("testError A").getMessage());
        assertEquals(why, run.entry("testError B").getMessage());
        assertTrue(run.entry("testError B").getStackTraceWriter().writeTraceToString()
                .contains("Error: Could not create the Java Virtual Machine."));
        assertEquals(2, run.launched());
    }

    @Test
    void aRerunThatFailsAgainIsReportedAsARerunFailureAndNotRunOnceMore() {
        FakeRun run = new FakeRun("A").reruns(1);
        run.worker(1).hello()
                .testSetStarting("A", "y")
                .fails("A", "y", "broken")
                .testSetCompleted("A")
                .classDone("A");
        run.worker(2).hello()
                .testSetStarting("A", "y")
                .fails("A", "y", "still broken")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.y",
                "testFailed A.y",
                "testSetCompleted A",
                "testSetStarting A (rerun)",
                "testStarting A.y (rerun)",
                "testFailed A.y (rerun)",
                "testSetCompleted A (rerun)");
        assertEquals("still broken", run.entry("testFailed A.y (rerun)").getMessage());
        assertEquals(2, run.launched());
    }

    @Test
    void aFailedTestIsRerunInAFreshWorker() {
        FakeRun run = new FakeRun("A").reruns(1);
        run.worker(1).hello()
                .testSetStarting("A", "x", "y")
                .passes("A", "x")
                .fails("A", "y", "flaky")
                .testSetCompleted("A")
                .classDone("A");
        run.worker(2).hello()
                .testSetStarting("A", "y")
                .passes("A", "y")
                .testSetCompleted("A")
                .classDone("A");

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testSucceeded A.x",
                "testStarting A.y",
                "testFailed A.y",
                "testSetCompleted A",
                "testSetStarting A (rerun)",
                "testStarting A.y (rerun)",
                "testSucceeded A.y (rerun)",
                "testSetCompleted A (rerun)");
        assertEquals(Arrays.asList("run-class A", "shutdown"), run.worker(1).commands());
        assertEquals(Arrays.asList("run-tests A " + uid("A", "y"), "shutdown"), run.worker(2).commands());
    }

    @Test
    void aContinuationThatDiesAfterItsClassStartedAndBeforeItsPlanReportsEverySelectionAsNotRun() {
        // The fault drill's journal-truncate-live, seed 898885370: the class's start came out, its plan did not.
        FakeRun run = new FakeRun("A").set(Settings.ON_FAILURE, "true").set(Settings.SPARES, "0");
        run.worker(1).hello()
                .testSetStarting("A", "x", "y", "z")
                .fails("A", "x", "expected 1")
                .retire("A", "x")
                .exits(0);
        run.worker(2).hello()
                .testSetStartingWithoutPlan("A")
                .exits(66);

        run.run();

        run.assertReported(
                "testSetStarting A",
                "testStarting A.x",
                "testFailed A.x",
                "testError A",
                "testError A.y",
                "testError A.z",
                "testSetCompleted A");
        assertTrue(run.entry("testError A.y").getMessage().startsWith("not run: worker 2 ended before any test"
                + " moved to it had run"), run.entry("testError A.y").getMessage());
    }
}
