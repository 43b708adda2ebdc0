package io.github.retire.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeftoversTest {
    private static final String CLASS = "[engine:junit-jupiter]/[class:a.B]";
    private static final List<Leftovers.Window> NONE = List.of();
    private static final String TEMPLATE = CLASS + "/[test-template:p(int)]";
    private static final String PLAN = String.join("\n",
            "T " + CLASS + "/[method:a()]",
            "C " + CLASS + "/[test-template:p(int)]",
            "T " + CLASS + "/[method:c()]",
            "C " + CLASS + "/[nested-class:N]",
            "T " + CLASS + "/[nested-class:N]/[method:n1()]",
            "T " + CLASS + "/[nested-class:N]/[method:n2()]");

    private static Leftovers ran(String... uids) {
        Leftovers l = new Leftovers();
        l.plan(PLAN);
        for (String uid : uids) {
            l.started(CLASS + uid);
            l.ended(CLASS + uid);
        }
        return l;
    }

    @Test
    void afterAFailedInvocationTheLaterOnesAndTheUntouchedNodesAreLeft() {
        Leftovers l = ran("/[method:a()]", "/[test-template:p(int)]/[test-template-invocation:#1]",
                "/[test-template:p(int)]/[test-template-invocation:#2]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[test-template:p(int)]/[test-template-invocation:#2]", NONE);
        assertEquals(List.of(CLASS + "/[method:c()]", CLASS + "/[nested-class:N]"), left.known);
        assertEquals(Leftovers.FIRST_WINDOW, left.speculative().size());
        assertEquals(CLASS + "/[test-template:p(int)]/[test-template-invocation:#3]", left.speculative().get(0));
    }

    @Test
    void insideANestedClassOnlyItsUnrunTestsAreLeft() {
        Leftovers l = ran("/[method:a()]", "/[method:c()]", "/[nested-class:N]/[method:n1()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]/[method:n1()]", NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[nested-class:N]/[method:n2()]"),
                left.known);
        assertTrue(left.windows.isEmpty());
    }

    @Test
    void aCrashedTestThatNeverEndedIsNotRunAgain() {
        Leftovers l = ran("/[method:a()]");
        l.started(CLASS + "/[method:c()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[method:c()]", NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[nested-class:N]"), left.known);
    }

    @Test
    void aFailedContainerIsDoneWithItsChildren() {
        Leftovers l = ran("/[method:a()]", "/[nested-class:N]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]", NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[method:c()]"), left.known);
    }

    @Test
    void aFinishedClassLeavesNothing() {
        assertTrue(ran("/[method:a()]", "").of(CLASS, CLASS, NONE).isEmpty());
    }

    @Test
    void dynamicTestsOfAFactoryAreLeftAsTestsOrContainers() {
        Leftovers l = new Leftovers();
        l.plan("C " + CLASS + "/[test-factory:f()]");
        l.started(CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        l.ended(CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[test-factory:f()]/[dynamic-test:#1]", NONE);
        assertTrue(left.known.isEmpty());
        assertEquals(2 * Leftovers.FIRST_WINDOW, left.speculative().size());
        assertTrue(left.speculative().contains(CLASS + "/[test-factory:f()]/[dynamic-container:#2]"));
    }

    /** What a continuation that selected invocations #3 onwards by index ran: #3 to {@code last}. */
    private static Leftovers ranWindowTo(int last) {
        Leftovers l = new Leftovers();
        l.plan("C " + TEMPLATE + "\nT " + CLASS + "/[method:c()]");
        for (int i = 3; i <= last; i++) {
            l.started(TEMPLATE + "/[test-template-invocation:#" + i + "]");
            l.ended(TEMPLATE + "/[test-template-invocation:#" + i + "]");
        }
        return l;
    }

    /** The window after #1 passed and #2 failed: #3 to #18. */
    private static List<Leftovers.Window> firstWindow() {
        Leftovers l = ran("/[test-template:p(int)]/[test-template-invocation:#1]",
                "/[test-template:p(int)]/[test-template-invocation:#2]");
        Leftovers.Left left = l.of(CLASS, TEMPLATE + "/[test-template-invocation:#2]", NONE);
        assertEquals(1, left.windows.size());
        assertEquals(3, left.windows.get(0).from);
        assertEquals(2 + Leftovers.FIRST_WINDOW, left.windows.get(0).to);
        return left.windows;
    }

    @Test
    void aWindowRunToItsLastIndexIsFollowedByOneTwiceAsLong() {
        List<Leftovers.Window> windows = firstWindow();
        Leftovers.Left more = ranWindowTo(2 + Leftovers.FIRST_WINDOW).beyond(windows);
        assertEquals(2 * Leftovers.FIRST_WINDOW, more.speculative().size());
        assertEquals(TEMPLATE + "/[test-template-invocation:#" + (3 + Leftovers.FIRST_WINDOW) + "]",
                more.speculative().get(0));
        assertTrue(more.known.isEmpty());
        // and so on, up to the longest
        Leftovers.Window w = more.windows.get(0);
        while (w.to - w.from + 1 < Leftovers.LONGEST_WINDOW) {
            w = w.next();
        }
        assertEquals(Leftovers.LONGEST_WINDOW, w.next().to - w.next().from + 1);
    }

    @Test
    void aWindowThatEndedEarlierHeldTheLastInvocations() {
        assertTrue(ranWindowTo(Leftovers.FIRST_WINDOW).beyond(firstWindow()).isEmpty());
    }

    @Test
    void aRetirementAfterAFullWindowStillSelectsTheNextWindow() {
        List<Leftovers.Window> windows = firstWindow();
        Leftovers l = ranWindowTo(2 + Leftovers.FIRST_WINDOW);
        l.started(CLASS + "/[method:c()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[method:c()]", windows);
        assertEquals(1, left.windows.size());
        assertEquals(3 + Leftovers.FIRST_WINDOW, left.windows.get(0).from);
        assertEquals(2 + 3 * Leftovers.FIRST_WINDOW, left.windows.get(0).to);
    }

    @Test
    void aRetirementInsideAWindowSpeculatesFromWhereItFailedOnce() {
        List<Leftovers.Window> windows = firstWindow();
        Leftovers l = ranWindowTo(2 + Leftovers.FIRST_WINDOW);
        Leftovers.Left left = l.of(CLASS, TEMPLATE + "/[test-template-invocation:#" + (2 + Leftovers.FIRST_WINDOW)
                + "]", windows);
        assertEquals(1, left.windows.size());
        assertEquals(3 + Leftovers.FIRST_WINDOW, left.windows.get(0).from);
        assertEquals(List.of(CLASS + "/[method:c()]"), left.known);
    }

    @Test
    void aClassLevelFailureAfterAFullWindowStillSelectsTheNextWindow() {
        Leftovers l = ranWindowTo(2 + Leftovers.FIRST_WINDOW);
        l.started(CLASS);
        l.ended(CLASS); // @AfterAll failed: the class is done
        Leftovers.Left left = l.of(CLASS, CLASS, firstWindow());
        assertTrue(left.known.isEmpty());
        assertEquals(1, left.windows.size());
        assertEquals(3 + Leftovers.FIRST_WINDOW, left.windows.get(0).from);
        Leftovers early = ranWindowTo(10); // the window held the last invocations
        early.started(CLASS);
        early.ended(CLASS);
        assertTrue(early.of(CLASS, CLASS, firstWindow()).isEmpty());
    }
}
