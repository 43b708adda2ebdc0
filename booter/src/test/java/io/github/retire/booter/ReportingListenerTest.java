package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;

import io.github.retire.wire.ChannelArguments;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Magic;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The reporting listener driven by hand on a discovered plan: the reports it sends ({@link TestReports})
 * and the tests JUnit never ended ({@link UnfinishedTests}).
 */
class ReportingListenerTest {
    /** Discovered only: nothing here runs. Nested, so Surefire's scan leaves it alone. */
    static class Fixture {
        @Test
        void first() {
        }

        @Test
        void second() {
        }

        @Nested
        class Inner {
            @Test
            void third() {
            }
        }
    }

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final Events events = new Events(new FrameEncoder<>(sent, Magic.EVENTS), false);
    private final TestPlan plan = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(Fixture.class)).build());

    private TestIdentifier node(String suffix) {
        List<TestIdentifier> found = new ArrayList<>();
        collect(plan.getRoots(), suffix, found);
        assertEquals(1, found.size(), suffix);
        return found.get(0);
    }

    private void collect(Iterable<TestIdentifier> nodes, String suffix, List<TestIdentifier> found) {
        for (TestIdentifier n : nodes) {
            if (n.getUniqueId().endsWith(suffix)) {
                found.add(n);
            }
            collect(plan.getChildren(n), suffix, found);
        }
    }

    private List<Frame<EventType>> frames() throws IOException {
        events.flush();
        FrameDecoder<EventType> decoder = new FrameDecoder<>(Channels.newChannel(new ByteArrayInputStream(
                sent.toByteArray())), Magic.EVENTS, EventType.class, new ChannelArguments("test",
                new NullConsoleLogger()));
        List<Frame<EventType>> frames = new ArrayList<>();
        while (true) {
            try {
                frames.add(decoder.next());
            } catch (IOException end) {
                return frames;
            }
        }
    }

    private static List<String> typesAndNames(List<Frame<EventType>> frames) {
        List<String> seen = new ArrayList<>();
        for (Frame<EventType> f : frames) {
            if (f.type() == EventType.PLAN) {
                seen.add("PLAN");
            } else {
                TestReport r = TestReport.fromFrame(f);
                seen.add(f.type() + (r.name() == null ? "" : " " + r.name()));
            }
        }
        return seen;
    }

    @Test
    void aTestJUnitNeverEndedIsAnErrorWhenItsClassEnds() throws IOException {
        ReportingListener listener = new ReportingListener(events, null, null, null, null);
        TestIdentifier cls = node("[class:" + Fixture.class.getName() + "]");
        listener.testPlanExecutionStarted(plan);
        listener.executionStarted(cls);
        listener.executionStarted(node("[method:first()]"));
        listener.executionFinished(node("[method:first()]"), TestExecutionResult.successful());
        listener.executionStarted(node("[method:second()]"));
        listener.executionFinished(cls, TestExecutionResult.failed(new IllegalStateException("in @AfterAll")));
        listener.testPlanExecutionFinished(plan);

        List<Frame<EventType>> frames = frames();
        assertEquals(List.of("TESTSET_STARTING", "PLAN", "TEST_STARTING first", "TEST_SUCCEEDED first",
                "TEST_STARTING second", "TEST_ERROR second", "TEST_ERROR", "TESTSET_COMPLETED"),
                typesAndNames(frames));
        TestReport lost = TestReport.fromFrame(frames.get(5));
        assertEquals("JUnit reported no end for this test; its container ended with"
                + " java.lang.IllegalStateException: in @AfterAll", lost.message());
        assertTrue(lost.fullTrace().startsWith(UnfinishedTests.UNFINISHED + ": " + lost.message() + "\n"
                + "Caused by: java.lang.IllegalStateException: in @AfterAll"), lost.fullTrace());
        assertEquals(Fixture.class.getName(), lost.sourceName());
        assertNotNull(lost.elapsed(), "timed from its start");
        assertNotNull(TestReport.fromFrame(frames.get(7)).elapsed(), "the class is timed too");
    }

    @Test
    void aClassWhoseTestsAllEndedReportsNoUnfinishedTest() throws IOException {
        ReportingListener listener = new ReportingListener(events, null, null, null, null);
        TestIdentifier cls = node("[class:" + Fixture.class.getName() + "]");
        listener.testPlanExecutionStarted(plan);
        listener.executionStarted(cls);
        listener.executionStarted(node("[method:first()]"));
        listener.executionFinished(node("[method:first()]"), TestExecutionResult.failed(new AssertionError("no")));
        listener.executionFinished(cls, TestExecutionResult.successful());
        assertEquals(List.of("TESTSET_STARTING", "PLAN", "TEST_STARTING first", "TEST_FAILED first",
                "TESTSET_COMPLETED"), typesAndNames(frames()));
    }

    @Test
    void aClassReportsItsPlanAndNestedTestsUnderItsOwnName() throws IOException {
        TestReports reports = new TestReports();
        reports.plan(plan);
        TestIdentifier cls = node("[class:" + Fixture.class.getName() + "]");
        String below = reports.planBelow(cls);
        assertTrue(below.contains("T " + node("[method:first()]").getUniqueId() + "\n"), below);
        assertTrue(below.contains("C " + node("[nested-class:Inner]").getUniqueId() + "\n"), below);
        assertTrue(below.contains("T " + node("[method:third()]").getUniqueId() + "\n"), below);
        TestReport third = reports.of(node("[method:third()]"), null, null, null);
        assertEquals(Fixture.class.getName(), third.sourceName(), "a nested test reports into its top-level class");
        assertEquals("third", third.name());
    }

    @Test
    void aNodeIsTimedOnceFromItsStartAndASkippedOneNotAtAll() {
        TestReports reports = new TestReports();
        reports.plan(plan);
        TestIdentifier first = node("[method:first()]");
        assertNull(reports.elapsed(first), "never started");
        reports.started(first);
        assertNotNull(reports.elapsed(first));
        assertNull(reports.elapsed(first), "timed already");
        reports.started(first);
        reports.forget(first);
        assertNull(reports.elapsed(first));
    }
}
