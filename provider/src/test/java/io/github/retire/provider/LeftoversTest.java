package io.github.retire.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeftoversTest {
    private static final String CLASS = "[engine:junit-jupiter]/[class:a.B]";
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
        Leftovers.Left left = l.of(CLASS, CLASS + "/[test-template:p(int)]/[test-template-invocation:#2]");
        assertEquals(List.of(CLASS + "/[method:c()]", CLASS + "/[nested-class:N]"), left.known);
        assertEquals(Leftovers.FUTURE_INVOCATIONS, left.speculative.size());
        assertEquals(CLASS + "/[test-template:p(int)]/[test-template-invocation:#3]", left.speculative.get(0));
    }

    @Test
    void insideANestedClassOnlyItsUnrunTestsAreLeft() {
        Leftovers l = ran("/[method:a()]", "/[method:c()]", "/[nested-class:N]/[method:n1()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]/[method:n1()]");
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[nested-class:N]/[method:n2()]"),
                left.known);
        assertTrue(left.speculative.isEmpty());
    }

    @Test
    void aCrashedTestThatNeverEndedIsNotRunAgain() {
        Leftovers l = ran("/[method:a()]");
        l.started(CLASS + "/[method:c()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[method:c()]");
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[nested-class:N]"), left.known);
    }

    @Test
    void aFailedContainerIsDoneWithItsChildren() {
        Leftovers l = ran("/[method:a()]", "/[nested-class:N]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]");
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[method:c()]"), left.known);
    }

    @Test
    void aFinishedClassLeavesNothing() {
        assertTrue(ran("/[method:a()]", "").of(CLASS, CLASS).isEmpty());
    }

    @Test
    void dynamicTestsOfAFactoryAreLeftAsTestsOrContainers() {
        Leftovers l = new Leftovers();
        l.plan("C " + CLASS + "/[test-factory:f()]");
        l.started(CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        l.ended(CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        assertTrue(left.known.isEmpty());
        assertEquals(2 * Leftovers.FUTURE_INVOCATIONS, left.speculative.size());
        assertTrue(left.speculative.contains(CLASS + "/[test-factory:f()]/[dynamic-container:#2]"));
    }
}
