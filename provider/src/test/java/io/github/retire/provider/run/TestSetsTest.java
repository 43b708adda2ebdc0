package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.work.Leftovers;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.junit.jupiter.api.Test;

/** The one owner of a class's test set: whatever reaches it, a class is one test set. */
class TestSetsTest {
    private static final Work A = Work.wholeClass("A");
    private final List<String> seen = new ArrayList<>();
    private final List<Integer> elapsed = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private final TestReportListener<TestOutputReportEntry> reporter = (TestReportListener<TestOutputReportEntry>)
            Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TestReportListener.class},
                    (proxy, method, args) -> {
                        ReportEntry entry = (ReportEntry) args[0];
                        seen.add(method.getName() + " " + entry.getSourceName()
                                + (entry.getName() == null ? "" : "." + entry.getName()));
                        elapsed.add(entry.getElapsed());
                        return null;
                    });

    private final RunStats stats = new RunStats();
    private final WorkQueue queue = new WorkQueue(Collections.emptyList(), 0);
    private final TestSets sets = new TestSets(new Relay(reporter), stats, queue, new NullConsoleLogger(),
            RunRecord.off());

    private static TestReport classReport(int elapsedMillis) {
        return TestReport.named(null, "A", null, null, null).withElapsed(elapsedMillis);
    }

    private static TestReport test(String name) {
        return TestReport.named(null, "A", null, name, null);
    }

    private static Leftovers.Left left(String uid) {
        Leftovers.Left left = new Leftovers.Left();
        left.known.add(uid);
        return left;
    }

    @Test
    void aClassStartedByASecondWorkerIsTheSameSetTimedFromItsFirstOpening() throws InterruptedException {
        sets.starting(A, classReport(0));
        sets.testEnded(null, A, null, EventType.TEST_SUCCEEDED, test("x"));
        Thread.sleep(20);
        sets.starting(A, classReport(0));
        sets.testEnded(null, A, null, EventType.TEST_SUCCEEDED, test("y"));
        sets.completed(A, classReport(1), null);
        sets.finish(A, null);

        assertEquals(Arrays.asList("testSetStarting A", "testSucceeded A.x", "testSucceeded A.y",
                "testSetCompleted A"), seen);
        assertTrue(elapsed.get(3) >= 20, "timed from the first opening, not the last worker's 1 ms: "
                + elapsed);
    }

    @Test
    void aWorkerCompletingItsClassAloneIsTimedByTheWorkerAndClosedOnlyWhenTheStreamIsFinished() {
        sets.starting(A, classReport(0));
        sets.testEnded(null, A, null, EventType.TEST_SUCCEEDED, test("x"));
        sets.completed(A, classReport(7), null);
        assertEquals(Arrays.asList("testSetStarting A", "testSucceeded A.x"), seen);

        sets.finish(A, null);

        assertEquals(Arrays.asList("testSetStarting A", "testSucceeded A.x", "testSetCompleted A"), seen);
        assertEquals(Integer.valueOf(7), elapsed.get(2));
    }

    @Test
    void whatTheSupervisorReportsAfterTheWorkerCompletedTheClassGoesInsideTheOneSet() {
        sets.starting(A, classReport(0));
        sets.testEnded(null, A, null, EventType.TEST_SUCCEEDED, test("x"));
        sets.completed(A, classReport(7), null);
        sets.notContinued(A, left(FakeRun.uid("A", "y")), "worker 1 ended its part of A without reporting them");
        sets.finish(A, null);

        assertEquals(Arrays.asList("testSetStarting A", "testSucceeded A.x", "testError A.y", "testSetCompleted A"),
                seen);
        assertEquals(1, stats.normalFailures());
    }

    @Test
    void anErrorForAClassNoWorkerOpenedOpensAndClosesItsOneSet() {
        sets.notContinued(A, left(FakeRun.uid("A", "y")), "never run");
        sets.finish(A, null);

        assertEquals(Arrays.asList("testSetStarting A", "testError A.y", "testSetCompleted A"), seen);
        assertEquals(1, stats.normalFailures());
    }

    @Test
    void aStreamFinishedWithoutATestSetReportsNothing() {
        sets.finish(A, null);

        assertEquals(Collections.emptyList(), seen);
    }
}
