package io.github.retire.provider.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.retire.provider.work.Work;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayTest {
    private final List<String> seen = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private final TestReportListener<TestOutputReportEntry> reporter = (TestReportListener<TestOutputReportEntry>)
            Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TestReportListener.class},
                    (proxy, method, args) -> {
                        Object arg = args == null ? null : args[0];
                        String what = arg instanceof ReportEntry ? ((ReportEntry) arg).getSourceName()
                                + (((ReportEntry) arg).getName() == null ? "" : "." + ((ReportEntry) arg).getName())
                                : arg instanceof TestOutputReportEntry ? ((TestOutputReportEntry) arg).getLog() : "";
                        seen.add(method.getName() + " " + what);
                        return null;
                    });

    private static final Work A = Work.wholeClass("A");
    private static final Work B = Work.wholeClass("B");
    private static final Work C = Work.wholeClass("C");

    private static TestReport test(String cls, String name) {
        return TestReport.named(null, cls, null, name, null);
    }

    @Test
    void oneClassAtATimeReachesTheReporterInTheOrderItHappened() {
        Relay relay = new Relay(reporter);
        relay.testSetStarting(A, test("A", null));
        relay.testSetStarting(B, test("B", null));
        relay.test(B, EventType.TEST_SUCCEEDED, test("B", "b1"));
        relay.output(A, true, "out of a1", true);
        relay.test(A, EventType.TEST_FAILED, test("A", "a1"));
        relay.testSetStarting(C, test("C", null));
        relay.test(C, EventType.TEST_SUCCEEDED, test("C", "c1"));
        relay.testSetCompleted(C, test("C", null), null);
        relay.streamFinished(C);
        relay.testSetCompleted(A, test("A", null), null);
        relay.streamFinished(A);
        // B was waiting first: it streams live now, then C, already complete, follows B.
        relay.test(B, EventType.TEST_SUCCEEDED, test("B", "b2"));
        relay.testSetCompleted(B, test("B", null), null);
        relay.streamFinished(B);

        assertEquals(List.of(
                "testSetStarting A", "writeTestOutput out of a1", "testFailed A.a1", "testSetCompleted A",
                "testSetStarting B", "testSucceeded B.b1", "testSucceeded B.b2", "testSetCompleted B",
                "testSetStarting C", "testSucceeded C.c1", "testSetCompleted C"), seen);
    }

    @Test
    void aSingleWorkerIsNeverHeldBack() {
        Relay relay = new Relay(reporter);
        relay.testSetStarting(A, test("A", null));
        assertEquals(1, seen.size());
        relay.test(A, EventType.TEST_SUCCEEDED, test("A", "a1"));
        assertEquals(2, seen.size());
        relay.testSetCompleted(A, test("A", null), null);
        relay.streamFinished(A);
        relay.testSetStarting(B, test("B", null));
        assertEquals(4, seen.size());
    }

    @TempDir
    Path dir;

    /** Every argument of every call, as far as Surefire's reporters read it. */
    @SuppressWarnings("unchecked")
    private static TestReportListener<TestOutputReportEntry> recorder(List<String> calls) {
        return (TestReportListener<TestOutputReportEntry>) Proxy.newProxyInstance(RelayTest.class.getClassLoader(),
                new Class<?>[] {TestReportListener.class}, (proxy, method, args) -> {
                    Object arg = args == null ? null : args[0];
                    String what = "";
                    if (arg instanceof SimpleReportEntry) {
                        SimpleReportEntry e = (SimpleReportEntry) arg;
                        what = e.getRunMode() + "|" + e.getTestRunId() + "|" + e.getSourceName() + "|"
                                + e.getSourceText() + "|" + e.getName() + "|" + e.getNameText() + "|"
                                + e.getElapsed() + "|" + e.getMessage() + "|" + e.getSystemProperties() + "|"
                                + (e.getStackTraceWriter() == null ? null : e.getStackTraceWriter().writeTraceToString()
                                + "|" + e.getStackTraceWriter().writeTrimmedTraceToString() + "|"
                                + e.getStackTraceWriter().smartTrimmedStackTrace() + "|"
                                + e.getStackTraceWriter().getThrowable().getLocalizedMessage());
                    } else if (arg instanceof TestOutputReportEntry) {
                        TestOutputReportEntry o = (TestOutputReportEntry) arg;
                        what = o.getRunMode() + "|" + o.isStdOut() + "|" + o.isNewLine() + "|" + o.getLog();
                    }
                    calls.add(method.getName() + " " + what);
                    return null;
                });
    }

    /** A long live class A, and B waiting behind it with many tests, some failing or skipped, some printing. */
    private static void flood(Relay relay, Runnable whileHeld) {
        Work b = Work.wholeClass("B");
        relay.testSetStarting(A, test("A", null));
        relay.testSetStarting(b, test("B", "B text"));
        for (int i = 0; i < 3000; i++) {
            relay.test(b, EventType.TEST_STARTING, test("B", "b" + i));
            if (i < 10 || i % 500 == 0) { // little output: what spills is the events
                relay.output(b, i % 2 == 0, "out \u00e9 " + i, i % 3 != 0);
            }
            if (i % 7 == 0) {
                relay.test(b, EventType.TEST_FAILED, new TestReport("[engine:x]/b" + i, "B", "B text", "b" + i,
                        "b" + i + "()", "expected <" + i + ">", "boom " + i, "B.b" + i + ":12 boom",
                        "java.lang.AssertionError: boom\n\tat B.b" + i + "(B.java:12)", null, i));
            } else if (i % 11 == 0) {
                relay.test(b, EventType.TEST_SKIPPED, new TestReport(null, "B", null, "b" + i, null, "off", null,
                        null, null, null, null));
            } else {
                relay.test(b, EventType.TEST_SUCCEEDED, test("B", "b" + i).withElapsed(i % 5));
            }
        }
        relay.test(A, EventType.TEST_SUCCEEDED, test("A", "a1"));
        relay.testSetCompleted(b, test("B", null).withElapsed(1234), Map.of("java.version", "11", "k", "v"));
        relay.streamFinished(b);
        whileHeld.run();
        relay.testSetCompleted(A, test("A", null), null);
        relay.streamFinished(A);
    }

    @Test
    void theEventsOfAWaitingClassSpillToDiskBeyondTheHoldingAndComeBackAsTheyCame() throws IOException {
        List<String> unbounded = new ArrayList<>();
        flood(new Relay(recorder(unbounded), null, Holding.inMemory()), () -> { });

        List<String> spilled = new ArrayList<>();
        Holding holding = new Holding(dir, 20_000);
        long[] held = new long[2];
        flood(new Relay(recorder(spilled), null, holding), () -> {
            held[0] = holding.bytesInMemory();
            try (Stream<Path> files = Files.list(dir)) {
                held[1] = files.count();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        assertTrue(held[0] > 0 && held[0] <= 20_000, "held in memory: " + held[0]);
        assertEquals(1, held[1], "B's spool file");
        assertEquals(2 + 2 * 3000 + 10 + 5 + 2 + 1, unbounded.size());
        assertEquals(unbounded, spilled);
        assertEquals(0, holding.bytesInMemory());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "read to its end, the file is gone");
        }
    }
}
