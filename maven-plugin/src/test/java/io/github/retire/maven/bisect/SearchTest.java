package io.github.retire.maven.bisect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class SearchTest {
    /** Counts the distinct probes, as the mojo's cache does. */
    private static final class Counting implements Search.Probe<Integer> {
        final Set<List<Integer>> asked = new HashSet<>();
        final Predicate<List<Integer>> poisons;

        Counting(Predicate<List<Integer>> poisons) {
            this.poisons = poisons;
        }

        @Override
        public boolean poisons(List<Integer> before) {
            asked.add(before);
            return poisons.test(before);
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void findsEachSinglePolluterInAboutLog2Probes() throws Exception {
        for (int n : new int[] {1, 2, 3, 7, 40, 45, 64, 100}) {
            for (int polluter = 0; polluter < n; polluter++) {
                int p = polluter;
                Counting probe = new Counting(before -> before.contains(p));
                Search.Found<Integer> found = new Search<>(probe).find(range(n));
                assertTrue(found.single);
                assertEquals(Collections.singletonList(p), found.polluters, "n=" + n);
                int log2 = 32 - Integer.numberOfLeadingZeros(n - 1); // ceil(log2 n)
                assertTrue(probe.asked.size() <= log2 + 1, "n=" + n + " p=" + p + ": " + probe.asked.size());
            }
        }
    }

    @Test
    void aHealerAfterThePolluterIsKeptInOrder() throws Exception {
        // 5 poisons, 6 heals what 5 did: the victim fails only when 5 runs and 6 does not after it
        Counting probe = new Counting(before -> before.contains(5) && !before.contains(6));
        Search.Found<Integer> found = new Search<>(probe).find(range(6));
        assertEquals(Collections.singletonList(5), found.polluters);
    }

    @Test
    void twoThatPoisonOnlyTogetherAreFoundAsASmallestSet() throws Exception {
        for (int[] pair : new int[][] {{0, 39}, {3, 4}, {10, 30}, {38, 39}}) {
            Counting probe = new Counting(before -> before.contains(pair[0]) && before.contains(pair[1]));
            Search.Found<Integer> found = new Search<>(probe).find(range(40));
            assertFalse(found.single);
            assertEquals(Arrays.asList(pair[0], pair[1]), found.polluters);
            // halving (6) and its check, then about log2(40) for each of the two
            assertTrue(probe.asked.size() <= 21, "probes: " + probe.asked.size());
        }
    }
}
