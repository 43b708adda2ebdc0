package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

class RefusalsTest {
    private static final String CLASS = "[engine:testng]/[class:a.B]";
    private static final String VALUE = CLASS + "/[method:value(int)]";

    private static TestIdentifier node(String uid, boolean test) {
        return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.parse(uid), uid) {
            @Override
            public Type getType() {
                return test ? Type.TEST : Type.CONTAINER;
            }
        });
    }

    /** What reaches the reporting listener. */
    private static final class Seen implements TestExecutionListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void executionStarted(TestIdentifier id) {
            events.add("start " + id.getUniqueId());
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            events.add("end " + id.getUniqueId());
        }
    }

    @Test
    void theClassRunWholeReportsOnlyTheSelectedTestsAndTheContainersOnTheWay() {
        Seen seen = new Seen();
        Refusals.Selected selected = new Refusals.Selected(seen, List.of(VALUE, CLASS + "/[method:after()]"),
                List.of(VALUE + "/[invoc:0]", VALUE + "/[invoc:1]"));
        assertTrue(selected.passes(node("[engine:testng]", false)), "the engine is on the way");
        assertTrue(selected.passes(node(CLASS, false)), "the class is on the way: its start and end are reported");
        assertTrue(selected.passes(node(VALUE, false)));
        assertTrue(selected.passes(node(VALUE + "/[invoc:2]", true)), "below a selection");
        assertFalse(selected.passes(node(VALUE + "/[invoc:1]", true)), "reported before");
        assertFalse(selected.passes(node(CLASS + "/[method:before()]", true)), "ran before, not selected");
        assertTrue(selected.passes(node(CLASS + "/[method:after()]", true)));
    }

    @Test
    void aContinuationsClassAndAMethodProbedByIndexAreOnlyOnTheWay() {
        String jupiter = "[engine:junit-jupiter]/[class:a.C]";
        String template = jupiter + "/[test-template:p(int)]";
        Refusals.Watched probe = new Refusals.Watched(new Seen(), List.of(template
                + "/[test-template-invocation:#21]", template + "/[test-template-invocation:#22]", jupiter
                + "/[method:t()]", jupiter + "/[test-template:r()]"), List.of());
        assertTrue(probe.onTheWay(node(jupiter, false)), "the class stands for what was named below it");
        assertTrue(probe.onTheWay(node(template, false)), "the later invocations may not exist: p(int) is no test");
        assertFalse(probe.onTheWay(node(template + "/[test-template-invocation:#21]", true)));
        assertFalse(probe.onTheWay(node(jupiter + "/[method:t()]", true)), "named: reported skipped");
        assertFalse(probe.onTheWay(node(jupiter + "/[test-template:r()]", false)), "selected whole: one entry");
        assertFalse(probe.onTheWay(node(jupiter + "/[test-template:r()]/[test-template-invocation:#1]", true)));
        Refusals.Watched whole = new Refusals.Watched(new Seen(), List.of());
        assertFalse(whole.onTheWay(node(jupiter, false)), "a whole class stands for all of its children");
        assertTrue(whole.passes(node(template, false)));
    }

    @Test
    void theClassRunWholeIsOnlyOnTheWayAndWhatRanBeforeIsNotReported() {
        Refusals.Selected selected = new Refusals.Selected(new Seen(), List.of(VALUE, CLASS + "/[method:after()]"),
                List.of(VALUE + "/[invoc:0]"));
        assertTrue(selected.onTheWay(node(CLASS, false)));
        assertFalse(selected.onTheWay(node(VALUE, false)), "selected whole");
        assertFalse(selected.passes(node(CLASS + "/[method:before()]", true)), "ran before: a skip leaves it out");
        assertFalse(selected.passes(node(VALUE + "/[invoc:0]", true)));
    }

    @Test
    void whatIsNotReportedPrintsNowhereAndTheStreamsComeBack() {
        Seen seen = new Seen();
        Refusals.Watched watched = new Refusals.Watched(seen, List.of(VALUE + "/[invoc:0]"));
        java.io.PrintStream out = System.out;
        watched.executionStarted(node(VALUE + "/[invoc:0]", true));
        assertTrue(System.out != out, "muted while the excluded test runs");
        watched.executionFinished(node(VALUE + "/[invoc:0]", true), TestExecutionResult.failed(new AssertionError()));
        assertTrue(System.out == out);
        watched.executionStarted(node(VALUE + "/[invoc:2]", true));
        watched.executionFinished(node(VALUE + "/[invoc:2]", true), TestExecutionResult.successful());
        assertEquals(List.of("start " + VALUE + "/[invoc:2]", "end " + VALUE + "/[invoc:2]"), seen.events,
                "the excluded test's failure never reached the reporting listener (it cannot retire the worker)");
    }

    @Test
    void aTestNeverStartedIsNamedAsStockNamesATestMethod() {
        assertEquals("after", Refusals.testName(CLASS + "/[method:after()]"));
        assertEquals("value", Refusals.testName(VALUE));
        assertEquals("c", Refusals.testName("[engine:junit-vintage]/[runner:a.B]/[test:c(a.B)]"));
        assertEquals("Inner", Refusals.testName("[engine:junit-jupiter]/[class:a.B]/[nested-class:Inner]"));
    }
}
