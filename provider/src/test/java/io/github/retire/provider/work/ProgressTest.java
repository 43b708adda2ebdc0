package io.github.retire.provider.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The record of what ran, and the questions on the plan's tree that {@link Leftovers} asks of it. */
class ProgressTest {
    private static final String CLASS = "[engine:junit-jupiter]/[class:a.B]";
    private static final String NESTED = CLASS + "/[nested-class:N]";
    private static final String TEMPLATE = CLASS + "/[test-template:p(int)]";

    private static Progress planned() {
        Progress p = new Progress();
        p.plan(String.join("\n", "T " + CLASS + "/[method:a()]", "C " + NESTED, "T " + NESTED + "/[method:n()]",
                "C " + TEMPLATE, "", "x"));
        return p;
    }

    @Test
    void thePlanKeepsItsOrderAndTellsTestsFromContainers() {
        Progress p = planned();
        assertEquals(List.of(CLASS + "/[method:a()]", NESTED, NESTED + "/[method:n()]", TEMPLATE),
                List.copyOf(p.planned()), "short lines are no nodes");
        assertTrue(p.isTest(CLASS + "/[method:a()]"));
        assertFalse(p.isTest(NESTED));
        assertFalse(p.isTest(CLASS + "/[method:z()]"));
        assertTrue(p.inPlan(TEMPLATE));
        assertFalse(p.inPlan(TEMPLATE + "/[test-template-invocation:#1]"));
    }

    @Test
    void startsAndEndsAreRecordedAndNullIsIgnored() {
        Progress p = planned();
        assertFalse(p.anyStarted());
        p.started(null);
        p.ended(null);
        assertFalse(p.anyStarted());
        assertFalse(p.hasEnded(null));
        p.started(CLASS + "/[method:a()]");
        assertTrue(p.anyStarted());
        assertTrue(p.touched(CLASS + "/[method:a()]"));
        assertFalse(p.hasEnded(CLASS + "/[method:a()]"));
        p.ended(CLASS + "/[method:a()]");
        assertTrue(p.hasEnded(CLASS + "/[method:a()]"));
        assertEquals(Set.of(CLASS + "/[method:a()]"), p.touched());
    }

    /** A container that ended before anything below it started is closed; one that failed after is not. */
    @Test
    void aContainerIsClosedOnlyIfNothingBelowItStarted() {
        Progress p = planned();
        p.ended(NESTED);
        assertTrue(p.closed(NESTED));
        assertTrue(p.doneAbove(NESTED + "/[method:n()]"));
        assertTrue(p.endedAtOrAbove(NESTED + "/[method:n()]", CLASS));

        Progress drained = planned();
        drained.started(NESTED + "/[method:n()]");
        drained.ended(NESTED + "/[method:n()]");
        drained.ended(NESTED); // its @AfterAll failed after the test ran
        assertTrue(drained.touchedUnder(NESTED));
        assertFalse(drained.closed(NESTED));
        assertTrue(drained.closed(NESTED + "/[method:n()]"));
        assertFalse(drained.doneAbove(CLASS + "/[method:a()]"));
    }

    /** The class's own end is no outcome of the tests moved to a continuation. */
    @Test
    void theClassEndingIsNotAnOutcomeOfTheTestsBelowIt() {
        Progress p = planned();
        p.ended(CLASS);
        assertFalse(p.endedAtOrAbove(CLASS + "/[method:a()]", CLASS));
        assertTrue(p.doneAbove(CLASS + "/[method:a()]"), "but none of its rest will run");
    }

    @Test
    void reachedSeesTheHighestInvocationBelowAContainer() {
        Progress p = planned();
        p.started(TEMPLATE + "/[test-template-invocation:#7]/[dynamic-test:#1]");
        assertTrue(p.reached(TEMPLATE, 7));
        assertTrue(p.reached(TEMPLATE, 3));
        assertFalse(p.reached(TEMPLATE, 8));
        assertFalse(p.reached(NESTED, 0));
    }

    @Test
    void progressMeansATestOfTheSelectionOrBelowItRan() {
        Progress p = planned();
        List<String> selected = List.of(NESTED);
        assertFalse(p.progressed(CLASS, selected));
        assertFalse(p.progressed(CLASS, List.of()));
        p.started(CLASS + "/[method:a()]");
        assertFalse(p.progressed(CLASS, selected), "a() was not selected");
        assertTrue(p.progressed(CLASS, List.of()), "a whole class: any start is progress");
        p.started(NESTED + "/[method:n()]");
        assertTrue(p.progressed(CLASS, selected));
    }
}
