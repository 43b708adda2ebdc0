package io.github.retire.maven.bisect;

import java.util.ArrayList;
import java.util.List;

/**
 * The search for what poisons the victim, over the tests that ran before it, always in their order.
 * First by halving: the first half is probed, and when the victim passes after it the second half is
 * taken to be the poisoned one without a probe (one probe per halving, as detect-test-pollution does).
 * The one test left is verified: the victim must fail right after it. When it does not, no single test
 * of the way down poisons alone (two that only poison together, say), and a search over the last set
 * seen to poison finds a small set that does, one needed test at a time ({@link #minimal}).
 */
final class Search<T> {
    /** Runs {@code before} and then the victim in one fresh JVM: whether the victim failed. */
    interface Probe<T> {
        boolean poisons(List<T> before) throws Exception;
    }

    /** The polluters found: one test, or several that poison only together. */
    static final class Found<T> {
        final List<T> polluters;
        final boolean single;

        Found(List<T> polluters, boolean single) {
            this.polluters = polluters;
            this.single = single;
        }
    }

    private final Probe<T> probe;

    Search(Probe<T> probe) {
        this.probe = probe;
    }

    /** @param poisoned tests the victim is known to fail after (at least one) */
    Found<T> find(List<T> poisoned) throws Exception {
        List<T> known = poisoned;
        List<T> set = poisoned;
        while (set.size() > 1) {
            List<T> first = new ArrayList<>(set.subList(0, set.size() / 2));
            List<T> second = new ArrayList<>(set.subList(set.size() / 2, set.size()));
            if (probe.poisons(first)) {
                set = first;
                known = first;
            } else {
                set = second;
            }
        }
        // The one left was probed on the way down, or only taken to poison: then it is probed now.
        if (set == known || probe.poisons(set)) {
            return new Found<>(set, true);
        }
        return new Found<>(minimal(known), false);
    }

    /**
     * Several tests that poison together: the shortest beginning of the set that still poisons (with those
     * found so far after it) ends in one that is needed; it joins them, and the search goes on in what is
     * before it, until those found poison on their own. A binary search each, so k polluters among n cost
     * about k times log2(n) probes (Zeller's ddmin needs far more for a pair). Order is kept in every probe.
     */
    private List<T> minimal(List<T> poisoned) throws Exception {
        List<T> needed = new ArrayList<>();
        int limit = poisoned.size();
        while (limit > 0 && (needed.isEmpty() || !probe.poisons(needed))) {
            // poisoned[0, hi) + needed poisons; poisoned[0, lo) + needed does not (lo = 0: needed alone)
            int lo = 0;
            int hi = limit;
            while (hi - lo > 1) {
                int mid = (lo + hi) / 2;
                if (probe.poisons(join(poisoned.subList(0, mid), needed))) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            needed.add(0, poisoned.get(hi - 1));
            limit = hi - 1;
        }
        return needed;
    }

    private static <T> List<T> join(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }
}
