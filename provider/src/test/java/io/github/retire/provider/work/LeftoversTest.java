package io.github.retire.provider.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeftoversTest {
    private static final String CLASS = "[engine:junit-jupiter]/[class:a.B]";
    private static final List<Leftovers.Window> NONE = List.of();
    /** What a whole class selects: no unique ids. */
    private static final List<String> WHOLE = List.of();
    private static final String TEMPLATE = CLASS + "/[test-template:p(int)]";
    private static final String PLAN = String.join("\n",
            "T " + CLASS + "/[method:a()]",
            "C " + CLASS + "/[test-template:p(int)]",
            "T " + CLASS + "/[method:c()]",
            "C " + CLASS + "/[nested-class:N]",
            "T " + CLASS + "/[nested-class:N]/[method:n1()]",
            "T " + CLASS + "/[nested-class:N]/[method:n2()]");

    private static Progress ran(String... uids) {
        Progress l = new Progress();
        l.plan(PLAN);
        for (String uid : uids) {
            l.started(CLASS + uid);
            l.ended(CLASS + uid);
        }
        return l;
    }

    @Test
    void afterAFailedInvocationTheLaterOnesAndTheUntouchedNodesAreLeft() {
        Progress l = ran("/[method:a()]", "/[test-template:p(int)]/[test-template-invocation:#1]",
                "/[test-template:p(int)]/[test-template-invocation:#2]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[test-template:p(int)]/[test-template-invocation:#2]", WHOLE, NONE);
        assertEquals(List.of(CLASS + "/[method:c()]", CLASS + "/[nested-class:N]"), left.known);
        assertEquals(Leftovers.FIRST_WINDOW, left.speculative().size());
        assertEquals(CLASS + "/[test-template:p(int)]/[test-template-invocation:#3]", left.speculative().get(0));
    }

    @Test
    void insideANestedClassOnlyItsUnrunTestsAreLeft() {
        Progress l = ran("/[method:a()]", "/[method:c()]", "/[nested-class:N]/[method:n1()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]/[method:n1()]", WHOLE, NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[nested-class:N]/[method:n2()]"),
                left.known);
        assertTrue(left.windows.isEmpty());
    }

    @Test
    void aCrashedTestThatNeverEndedIsNotRunAgain() {
        Progress l = ran("/[method:a()]");
        l.started(CLASS + "/[method:c()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[method:c()]", WHOLE, NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[nested-class:N]"), left.known);
    }

    @Test
    void aFailedContainerIsDoneWithItsChildren() {
        Progress l = ran("/[method:a()]", "/[nested-class:N]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]", WHOLE, NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[method:c()]"), left.known);
    }

    @Test
    void aFinishedClassLeavesNothing() {
        assertTrue(ran("/[method:a()]", "/[test-template:p(int)]/[test-template-invocation:#1]", "/[method:c()]",
                "/[nested-class:N]/[method:n1()]", "/[nested-class:N]/[method:n2()]", "").of(CLASS, CLASS, WHOLE, NONE)
                .isEmpty());
    }

    @Test
    void aClassWhoseAfterAllFailedAfterADrainLeavesWhatDidNotStart() {
        // a() failed, the worker drained (nothing else started), then the class's @AfterAll failed too
        Progress l = ran("/[method:a()]", "");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[method:a()]", WHOLE, NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[method:c()]", CLASS + "/[nested-class:N]"),
                left.known);
    }

    @Test
    void aNestedClassWhoseAfterAllFailedAfterADrainLeavesWhatDidNotStart() {
        Progress l = ran("/[method:a()]", "/[nested-class:N]/[method:n1()]", "/[nested-class:N]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]/[method:n1()]", WHOLE, NONE);
        assertEquals(List.of(CLASS + "/[test-template:p(int)]", CLASS + "/[method:c()]",
                CLASS + "/[nested-class:N]/[method:n2()]"), left.known);
    }

    @Test
    void dynamicTestsOfAFactoryAreLeftAsTestsOrContainers() {
        Progress l = new Progress();
        l.plan("C " + CLASS + "/[test-factory:f()]");
        l.started(CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        l.ended(CLASS + "/[test-factory:f()]/[dynamic-test:#1]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[test-factory:f()]/[dynamic-test:#1]", WHOLE, NONE);
        assertTrue(left.known.isEmpty());
        assertEquals(2 * Leftovers.FIRST_WINDOW, left.speculative().size());
        assertTrue(left.speculative().contains(CLASS + "/[test-factory:f()]/[dynamic-container:#2]"));
    }

    /** What a continuation that selected invocations #3 onwards by index ran: #3 to {@code last}. */
    private static Progress ranWindowTo(int last) {
        Progress l = new Progress();
        l.plan("C " + TEMPLATE + "\nT " + CLASS + "/[method:c()]");
        for (int i = 3; i <= last; i++) {
            l.started(TEMPLATE + "/[test-template-invocation:#" + i + "]");
            l.ended(TEMPLATE + "/[test-template-invocation:#" + i + "]");
        }
        return l;
    }

    /** What the continuation {@link #ranWindowTo} ran selected: c() and the windows. */
    private static List<String> continuing(List<Leftovers.Window> windows) {
        List<String> selected = new ArrayList<>(List.of(CLASS + "/[method:c()]"));
        windows.forEach(w -> selected.addAll(w.ids()));
        return selected;
    }

    /** The window after #1 passed and #2 failed: #3 to #18. */
    private static List<Leftovers.Window> firstWindow() {
        Progress l = ran("/[test-template:p(int)]/[test-template-invocation:#1]",
                "/[test-template:p(int)]/[test-template-invocation:#2]");
        Leftovers.Left left = l.of(CLASS, TEMPLATE + "/[test-template-invocation:#2]", WHOLE, NONE);
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
        Progress l = ranWindowTo(2 + Leftovers.FIRST_WINDOW);
        l.started(CLASS + "/[method:c()]");
        Leftovers.Left left = l.of(CLASS, CLASS + "/[method:c()]", continuing(windows), windows);
        assertEquals(1, left.windows.size());
        assertEquals(3 + Leftovers.FIRST_WINDOW, left.windows.get(0).from);
        assertEquals(2 + 3 * Leftovers.FIRST_WINDOW, left.windows.get(0).to);
    }

    @Test
    void aRetirementInsideAWindowSpeculatesFromWhereItFailedOnce() {
        List<Leftovers.Window> windows = firstWindow();
        Progress l = ranWindowTo(2 + Leftovers.FIRST_WINDOW);
        Leftovers.Left left = l.of(CLASS, TEMPLATE + "/[test-template-invocation:#" + (2 + Leftovers.FIRST_WINDOW)
                + "]", continuing(windows), windows);
        assertEquals(1, left.windows.size());
        assertEquals(3 + Leftovers.FIRST_WINDOW, left.windows.get(0).from);
        assertEquals(List.of(CLASS + "/[method:c()]"), left.known);
    }

    @Test
    void aClassLevelFailureAfterAFullWindowStillSelectsTheNextWindow() {
        Progress l = ranWindowTo(2 + Leftovers.FIRST_WINDOW);
        l.started(CLASS + "/[method:c()]");
        l.ended(CLASS + "/[method:c()]");
        l.started(CLASS);
        l.ended(CLASS); // @AfterAll failed after everything ran: the class is done
        Leftovers.Left left = l.of(CLASS, CLASS, continuing(firstWindow()), firstWindow());
        assertTrue(left.known.isEmpty());
        assertEquals(1, left.windows.size());
        assertEquals(3 + Leftovers.FIRST_WINDOW, left.windows.get(0).from);
        Progress early = ranWindowTo(10); // the window held the last invocations
        early.started(CLASS + "/[method:c()]");
        early.ended(CLASS + "/[method:c()]");
        early.started(CLASS);
        early.ended(CLASS);
        assertTrue(early.of(CLASS, CLASS, continuing(firstWindow()), firstWindow()).isEmpty());
    }

    /**
     * Issue 14's endless loop: the continuation selected b whole and a's invocations from #3, and its
     * launcher ran b first. b's failure must leave b's later invocations and a's window as it was, never
     * a whole: a[1] and a[2] ran before.
     */
    @Test
    void aContinuationLeavesOnlyWhatItSelected() {
        String a = CLASS + "/[test-template:a(int)]";
        String b = CLASS + "/[test-template:b(int)]";
        Leftovers.Window aWindow = new Leftovers.Window(a, List.of("test-template-invocation"), 3,
                Leftovers.FIRST_WINDOW);
        List<String> selected = new ArrayList<>(List.of(b));
        selected.addAll(aWindow.ids());
        Progress l = new Progress();
        l.plan("C " + b + "\nC " + a);
        for (int i = 1; i <= 3; i++) {
            l.started(b + "/[test-template-invocation:#" + i + "]");
            l.ended(b + "/[test-template-invocation:#" + i + "]");
        }
        Leftovers.Left left = l.of(CLASS, b + "/[test-template-invocation:#3]", selected, List.of(aWindow));
        assertTrue(left.known.isEmpty(), "selected whole: " + left.known);
        assertEquals(2, left.windows.size());
        assertEquals(b, left.windows.get(0).parent);
        assertEquals(4, left.windows.get(0).from);
        assertEquals(a, left.windows.get(1).parent);
        assertEquals(3, left.windows.get(1).from);
        assertEquals(2 + Leftovers.FIRST_WINDOW, left.windows.get(1).to);
        assertTrue(l.progressed(CLASS, selected));
    }

    @Test
    void aNestedSelectionLeavesItsSiblingsOutside() {
        // the continuation selected n2() only: N is on the way to it, never selected whole
        Progress l = new Progress();
        l.plan("C " + CLASS + "/[nested-class:N]\nT " + CLASS + "/[nested-class:N]/[method:n2()]");
        Leftovers.Left left = l.of(CLASS, null, List.of(CLASS + "/[nested-class:N]/[method:n2()]"), NONE);
        assertEquals(List.of(CLASS + "/[nested-class:N]/[method:n2()]"), left.known);
        assertFalse(l.progressed(CLASS, List.of(CLASS + "/[nested-class:N]/[method:n2()]")));
    }

    @Test
    void aWindowUnderAFailedContainerIsNotCarriedOn() {
        String f = CLASS + "/[nested-class:N]/[test-factory:f()]";
        Leftovers.Window window = new Leftovers.Window(f, List.of("dynamic-test", "dynamic-container"), 2, 16);
        Progress l = new Progress();
        l.plan("C " + CLASS + "/[nested-class:N]\nC " + f);
        l.ended(CLASS + "/[nested-class:N]"); // its @BeforeAll failed
        Leftovers.Left left = l.of(CLASS, CLASS + "/[nested-class:N]", window.ids(), List.of(window));
        assertTrue(left.isEmpty(), "left: " + left.all());
    }

    @Test
    void whenTheClassNeverStartedAllOfAContinuationIsLeftAndNoProgressWasMade() {
        String engine = "[engine:junit-jupiter]";
        Leftovers.Window window = new Leftovers.Window(TEMPLATE, List.of("test-template-invocation"), 3, 16);
        List<String> selected = new ArrayList<>(List.of(CLASS + "/[method:c()]"));
        selected.addAll(window.ids());
        Progress l = new Progress();
        l.ended(engine); // the engine failed before the class started
        Leftovers.Left left = l.of(null, engine, selected, List.of(window));
        assertEquals(List.of(CLASS + "/[method:c()]"), left.known);
        assertEquals(List.of(window), left.windows);
        assertFalse(l.progressed(null, selected));
        // a whole class that never started leaves nothing to select by id
        assertTrue(l.of(null, engine, WHOLE, NONE).isEmpty());
    }

    @Test
    void whatAContinuationSelectedAndNeverReportedIsUnreported() {
        Leftovers.Window window = new Leftovers.Window(TEMPLATE, List.of("test-template-invocation"), 3, 16);
        List<String> selected = new ArrayList<>(List.of(CLASS + "/[method:a()]", CLASS + "/[method:c()]",
                CLASS + "/[nested-class:N]"));
        selected.addAll(window.ids());
        Progress l = new Progress();
        l.plan(PLAN);
        l.started(CLASS + "/[method:a()]");
        l.ended(CLASS + "/[method:a()]");
        // c() never reported; N is a container (JUnit accounts for what it holds); the window's
        // invocations may not exist
        assertEquals(List.of(CLASS + "/[method:c()]"), l.unreported(CLASS, selected, List.of(window)).known);
        l.ended(CLASS + "/[nested-class:N]"); // a container below the class that failed accounts for its tests
        l.ended(CLASS); // the class does not: in a continuation, what was moved to it ran nowhere
        assertEquals(List.of(CLASS + "/[method:c()]"), l.unreported(CLASS, selected, List.of(window)).known);
        l.ended(CLASS + "/[method:c()]");
        assertTrue(l.unreported(CLASS, selected, List.of(window)).isEmpty());
        assertTrue(l.unreported(CLASS, WHOLE, NONE).isEmpty());
        // the class never started (its engine failed first): every selection but the windows'
        Progress never = new Progress();
        assertEquals(selected.subList(0, 3), never.unreported(null, selected, List.of(window)).known);
    }

    /** TestNG's data-provider invocations, {@code [invoc:n]}: generated at run time, no index to select by. */
    @Test
    void aContainerOfInvocationsWithoutAnIndexGoesWholeWithoutWhatWasReported() {
        String engine = "[engine:testng]/[class:a.B]";
        String value = engine + "/[method:value(int)]";
        Progress l = new Progress();
        l.plan("T " + engine + "/[method:before()]\nC " + value + "\nT " + engine + "/[method:after()]");
        for (String uid : List.of(engine + "/[method:before()]", value + "/[invoc:0]", value + "/[invoc:1]")) {
            l.started(uid);
            l.ended(uid);
        }
        Leftovers.Left left = l.of(engine, value + "/[invoc:1]", WHOLE, NONE, List.of());
        assertEquals(List.of(engine + "/[method:after()]", value), left.known);
        assertTrue(left.windows.isEmpty());
        assertEquals(List.of(value + "/[invoc:0]", value + "/[invoc:1]"), left.excluded);
        // the next worker runs value again and [3] fails: [0] and [1] stay excluded, [2] and [3] join them
        Progress next = new Progress();
        next.plan("C " + value + "\nT " + engine + "/[method:after()]");
        for (String uid : List.of(value + "/[invoc:2]", value + "/[invoc:3]")) {
            next.started(uid);
            next.ended(uid);
        }
        Leftovers.Left again = next.of(engine, value + "/[invoc:3]", left.all(), left.windows, left.excluded);
        assertEquals(List.of(engine + "/[method:after()]", value), again.known);
        assertEquals(List.of(value + "/[invoc:0]", value + "/[invoc:1]", value + "/[invoc:2]",
                value + "/[invoc:3]"), again.excluded);
    }

    /** The continuation's class failed in its set-up before any test moved to it ran: all of them are left. */
    @Test
    void aContinuationWhoseClassSetUpFailedMadeNoProgressAndLeavesItsTests() {
        Leftovers.Window window = new Leftovers.Window(TEMPLATE, List.of("test-template-invocation"), 3, 16);
        List<String> selected = new ArrayList<>(List.of(CLASS + "/[method:c()]"));
        selected.addAll(window.ids());
        Progress l = new Progress();
        l.plan("C " + TEMPLATE + "\nT " + CLASS + "/[method:c()]");
        l.ended(CLASS); // @BeforeAll failed
        Leftovers.Left left = l.of(CLASS, CLASS, selected, List.of(window));
        assertEquals(List.of(CLASS + "/[method:c()]"), left.known);
        assertTrue(left.windows.isEmpty(), "after a failed set-up, as after a failed @AfterAll, they may not exist");
        assertFalse(l.progressed(CLASS, selected));
        assertEquals(List.of(CLASS + "/[method:c()]"), l.unreported(CLASS, selected, List.of(window)).known);
        // a whole class whose set-up failed: JUnit reports no test of it, nor does stock
        assertTrue(l.of(CLASS, CLASS, WHOLE, NONE).isEmpty());
    }

    /** The continuation's class started and its worker went before the plan came: all of it is left. */
    @Test
    void aContinuationWithoutAPlanMadeNoProgressAndLeavesItsTestsAndWindows() {
        Leftovers.Window window = new Leftovers.Window(TEMPLATE, List.of("test-template-invocation"), 3, 16);
        List<String> selected = new ArrayList<>(List.of(CLASS + "/[method:c()]"));
        selected.addAll(window.ids());
        Progress l = new Progress();
        Leftovers.Left left = l.of(CLASS, null, selected, List.of(window));
        assertEquals(List.of(CLASS + "/[method:c()]"), left.known);
        assertEquals(List.of(window), left.windows);
        assertFalse(l.progressed(CLASS, selected));
        assertEquals(List.of(CLASS + "/[method:c()]"), l.unreported(CLASS, selected, List.of(window)).known);
        // a whole class without a plan: nothing to select by name
        assertTrue(l.of(CLASS, null, WHOLE, NONE).isEmpty());
    }
}
