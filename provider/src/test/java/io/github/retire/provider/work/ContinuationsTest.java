package io.github.retire.provider.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The law every continuation obeys, checked on a model of Jupiter's selection by unique id: each test of
 * the class runs exactly once, however its failures and crashes cut it up, and the class always ends,
 * after exactly one departure per failure or crash.
 */
class ContinuationsTest {
    private static final String CLASS = "[engine:junit-jupiter]/[class:a.B]";

    /** A node of the model: a test (no children) or a container, static or generated at run time. */
    private static final class Node {
        final String uid;
        final boolean test;
        final boolean dynamic;
        final List<Node> children = new ArrayList<>();

        Node(String uid, boolean test, boolean dynamic) {
            this.uid = uid;
            this.test = test;
            this.dynamic = dynamic;
        }

        Node add(Node child) {
            children.add(child);
            return this;
        }
    }

    /** What happens to a test: it passes, fails (the worker retires) or takes its JVM down. */
    enum Fate { PASS, FAIL, CRASH }

    private final Map<String, Fate> fates = new LinkedHashMap<>();
    /**
     * Orders the static children anew in every worker: Jupiter orders what it discovers by unique id
     * in the order of the selectors, so a continuation may run the methods of a class in another order
     * than the worker before it (the endless loop of issue 14 needed exactly that). Generated
     * invocations always run in index order.
     */
    private final Random order = new Random(2);
    private final List<String> ran = new ArrayList<>();
    private int departures;

    private static Node test(String uid) {
        return new Node(uid, true, false);
    }

    private static Node template(String name, int invocations) {
        Node t = new Node(CLASS + "/[test-template:" + name + "]", false, false);
        for (int i = 1; i <= invocations; i++) {
            t.add(new Node(t.uid + "/[test-template-invocation:#" + i + "]", true, true));
        }
        return t;
    }

    private void fate(String uid, Fate fate) {
        fates.put(uid, fate);
    }

    @Test
    void twoParameterizedMethodsThatEachFailOnceEndAfterTwoRetirements() {
        for (int seed = 0; seed < 20; seed++) {
            order.setSeed(seed);
            ran.clear();
            departures = 0;
            Node a = template("a(int)", 5);
            Node b = template("b(int)", 5);
            Node root = new Node(CLASS, false, false).add(a).add(b);
            fate(a.uid + "/[test-template-invocation:#2]", Fate.FAIL);
            fate(b.uid + "/[test-template-invocation:#3]", Fate.FAIL);
            runAll(root);
            assertEquals(2, departures);
        }
    }

    @Test
    void failuresFirstLastAndSeveralPerMethodInEveryKindOfDynamicContainer() {
        Node p = template("p(int)", 7);
        Node q = template("q(int)", 3);
        Node r = template("repeated(RepetitionInfo)", 4);
        Node f = new Node(CLASS + "/[test-factory:f()]", false, false);
        f.add(new Node(f.uid + "/[dynamic-test:#1]", true, true));
        Node box = new Node(f.uid + "/[dynamic-container:#2]", false, true);
        for (int i = 1; i <= 3; i++) {
            box.add(new Node(box.uid + "/[dynamic-test:#" + i + "]", true, true));
        }
        f.add(box).add(new Node(f.uid + "/[dynamic-test:#3]", true, true));
        Node root = new Node(CLASS, false, false).add(test(CLASS + "/[method:x()]")).add(q).add(p).add(r).add(f)
                .add(test(CLASS + "/[method:y()]"));
        fate(p.uid + "/[test-template-invocation:#1]", Fate.FAIL);
        fate(p.uid + "/[test-template-invocation:#4]", Fate.FAIL);
        fate(p.uid + "/[test-template-invocation:#7]", Fate.FAIL);
        fate(q.uid + "/[test-template-invocation:#3]", Fate.FAIL);
        fate(r.uid + "/[test-template-invocation:#1]", Fate.CRASH);
        fate(r.uid + "/[test-template-invocation:#2]", Fate.FAIL);
        fate(box.uid + "/[dynamic-test:#2]", Fate.FAIL);
        fate(f.uid + "/[dynamic-test:#3]", Fate.FAIL);
        runAll(root);
        assertEquals(8, departures);
    }

    @Test
    void invocationsWithoutAnIndexGoAgainWholeWithoutTheOnesReported() {
        Node dp = unnamable("value(int)", 5);
        Node root = new Node(CLASS, false, false).add(test(CLASS + "/[method:before()]")).add(dp)
                .add(test(CLASS + "/[method:after()]"));
        fate(dp.uid + "/[invoc:1]", Fate.FAIL);
        fate(dp.uid + "/[invoc:3]", Fate.CRASH);
        fate(dp.uid + "/[invoc:4]", Fate.FAIL);
        runAll(root);
        assertEquals(3, departures);
    }

    @Test
    void aLongTemplateBesideAFailingOneLosesNoInvocation() {
        Node longOne = template("many(int)", 2500);
        Node shortOne = template("few(int)", 3);
        Node root = new Node(CLASS, false, false).add(shortOne).add(longOne);
        fate(longOne.uid + "/[test-template-invocation:#2]", Fate.FAIL);
        fate(longOne.uid + "/[test-template-invocation:#2000]", Fate.FAIL);
        fate(shortOne.uid + "/[test-template-invocation:#1]", Fate.FAIL);
        runAll(root);
        assertEquals(3, departures);
    }

    @Test
    void randomClassesAndFatesAlwaysEndWithEveryTestRunOnce() {
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            fates.clear();
            ran.clear();
            departures = 0;
            Node root = new Node(CLASS, false, false);
            int kids = 1 + random.nextInt(5);
            for (int k = 0; k < kids; k++) {
                switch (random.nextInt(5)) {
                    case 4:
                        root.add(unnamable("dp" + k + "(int)", 1 + random.nextInt(8)));
                        break;
                    case 0:
                        root.add(test(CLASS + "/[method:m" + k + "()]"));
                        break;
                    case 1:
                        root.add(template("t" + k + "(int)", 1 + random.nextInt(40)));
                        break;
                    case 2:
                        Node f = new Node(CLASS + "/[test-factory:f" + k + "()]", false, false);
                        int n = 1 + random.nextInt(20);
                        for (int i = 1; i <= n; i++) {
                            if (random.nextInt(3) == 0) {
                                Node box = new Node(f.uid + "/[dynamic-container:#" + i + "]", false, true);
                                for (int j = 1; j <= 1 + random.nextInt(5); j++) {
                                    box.add(new Node(box.uid + "/[dynamic-test:#" + j + "]", true, true));
                                }
                                f.add(box);
                            } else {
                                f.add(new Node(f.uid + "/[dynamic-test:#" + i + "]", true, true));
                            }
                        }
                        root.add(f);
                        break;
                    default:
                        Node nested = new Node(CLASS + "/[nested-class:N" + k + "]", false, false);
                        nested.add(test(nested.uid + "/[method:n()]"));
                        Node t = template("x(int)", 1 + random.nextInt(10));
                        Node inner = new Node(nested.uid + "/[test-template:x(int)]", false, false);
                        for (Node invocation : t.children) {
                            inner.add(new Node(inner.uid + invocation.uid.substring(t.uid.length()), true, true));
                        }
                        root.add(nested.add(inner));
                }
            }
            int expectedDepartures = 0;
            for (String leaf : leaves(root, new ArrayList<>())) {
                int dice = random.nextInt(10);
                if (dice < 2) {
                    fate(leaf, Fate.FAIL);
                    expectedDepartures++;
                } else if (dice == 2) {
                    fate(leaf, Fate.CRASH);
                    expectedDepartures++;
                }
            }
            runAll(root);
            assertEquals(expectedDepartures, departures, "round " + round);
        }
    }

    /** Runs the class and its continuations until none is left; checks each test ran once. */
    private void runAll(Node root) {
        List<Work> queue = new ArrayList<>(List.of(Work.wholeClass("a.B")));
        int works = 0;
        while (!queue.isEmpty()) {
            assertTrue(++works < 10_000, "the continuations never end: " + queue);
            Work work = queue.remove(0);
            Progress progress = new Progress();
            progress.plan(plan(root, work));
            String stoppedAt = execute(root, work, progress, selected(root, work), false);
            Leftovers.Left left;
            if (stoppedAt != null) {
                departures++;
                assertTrue(progress.progressed(CLASS, work.uniqueIds), "a departure without progress");
                left = progress.of(CLASS, stoppedAt, work.uniqueIds, work.windows, work.excluded);
            } else {
                assertTrue(progress.unreported(CLASS, work.uniqueIds, work.windows).isEmpty(),
                        "a test selected and run taken for unreported");
                left = progress.beyond(work.windows);
            }
            if (!left.isEmpty()) {
                queue.add(0, work.continuation(left));
            }
        }
        List<String> twice = new ArrayList<>(ran);
        new HashSet<>(ran).forEach(twice::remove);
        assertEquals(List.of(), twice, "tests that ran more than once");
        List<String> never = leaves(root, new ArrayList<>());
        never.removeAll(ran);
        assertEquals(List.of(), never, "tests that never ran");
    }

    private static List<String> leaves(Node node, List<String> into) {
        if (node.test) {
            into.add(node.uid);
        }
        node.children.forEach(c -> leaves(c, into));
        return into;
    }

    /** The uids a work selects, or null for the whole class. */
    private static Set<String> selected(Node root, Work work) {
        return work.wholeClass() ? null : new HashSet<>(work.uniqueIds);
    }

    /** Whether Jupiter would run something at or below this node for this selection. */
    private static boolean reaches(Node node, Set<String> selection, boolean covered) {
        if (covered || selection == null || selection.contains(node.uid)) {
            return true;
        }
        for (String s : selection) {
            if (s.startsWith(node.uid + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The static plan the worker sends: static nodes only (dynamic ones are not generated yet). */
    private static String plan(Node root, Work work) {
        StringBuilder lines = new StringBuilder();
        appendPlan(root, selected(root, work), false, lines);
        return lines.toString();
    }

    private static void appendPlan(Node node, Set<String> selection, boolean covered, StringBuilder lines) {
        for (Node child : node.children) {
            boolean c = covered || selection == null || selection.contains(child.uid);
            if (!child.dynamic && reaches(child, selection, c)) {
                lines.append(child.test ? "T " : "C ").append(child.uid).append('\n');
                appendPlan(child, selection, c, lines);
            }
        }
    }

    private static boolean excluded(String uid, Work work) {
        for (String node = uid; !node.isEmpty(); node = Uid.parent(node)) {
            if (work.excluded.contains(node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another engine's data-provider method: invocations generated at run time whose unique ids have no
     * index a selection could name (TestNG's {@code [invoc:n]}).
     */
    private static Node unnamable(String name, int invocations) {
        Node m = new Node(CLASS + "/[method:" + name + "]", false, false);
        for (int i = 0; i < invocations; i++) {
            m.add(new Node(m.uid + "/[invoc:" + i + "]", true, true));
        }
        return m;
    }

    /** Runs the selected tests in order; returns the test where the worker departed, or null. */
    private String execute(Node node, Work work, Progress progress, Set<String> selection, boolean covered) {
        List<Node> children = new ArrayList<>(node.children);
        if (children.stream().noneMatch(c -> c.dynamic)) {
            Collections.shuffle(children, order);
        }
        for (Node child : children) {
            boolean c = covered || selection == null || selection.contains(child.uid);
            if (!reaches(child, selection, c)) {
                continue;
            }
            if (child.test && excluded(child.uid, work)) {
                continue; // it runs again, unreported: it can neither fail nor count
            }
            if (child.test) {
                ran.add(child.uid);
                progress.started(child.uid);
                Fate fate = fates.getOrDefault(child.uid, Fate.PASS);
                if (fate != Fate.CRASH) {
                    progress.ended(child.uid);
                }
                if (fate != Fate.PASS) {
                    return child.uid;
                }
            } else {
                String stopped = execute(child, work, progress, selection, c);
                if (stopped != null) {
                    return stopped;
                }
            }
        }
        return null;
    }
}
