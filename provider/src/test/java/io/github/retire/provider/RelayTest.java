package io.github.retire.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.junit.jupiter.api.Test;

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
}
