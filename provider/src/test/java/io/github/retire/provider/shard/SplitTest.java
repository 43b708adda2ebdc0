package io.github.retire.provider.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SplitTest {

    private static List<String> classes(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("com.example.pkg" + (i % 7) + ".Class" + i + "Test");
        }
        return names;
    }

    /** Every class in exactly one shard, whatever order the classes come in. */
    private static void assertPartition(List<String> names, int total, boolean timed, Map<String, Double> t) {
        Split first = timed ? Split.byTimings(names, t, total) : Split.byHash(names, total);
        assertEquals(names.size(), first.shardOf.size());
        first.shardOf.values().forEach(k -> assertTrue(k >= 0 && k < total));
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(7));
        Split again = timed ? Split.byTimings(shuffled, t, total) : Split.byHash(shuffled, total);
        assertEquals(first.shardOf, again.shardOf, "the split depends on the order of the classes");
        assertEquals(first.fingerprint(), again.fingerprint());
    }

    @Test
    void hashSplitIsAPartitionBalancedByCount() {
        List<String> names = classes(50);
        for (int total = 1; total <= 9; total++) {
            assertPartition(names, total, false, null);
            Split split = Split.byHash(names, total);
            long min = Long.MAX_VALUE;
            long max = 0;
            for (long l : split.load) {
                min = Math.min(min, l);
                max = Math.max(max, l);
            }
            assertTrue(max - min <= 1, "counts differ by more than one with " + total + " shards");
        }
    }

    @Test
    void hashIsFixedByDefinition() {
        // FNV-1a 64 then mixed: a value computed once; it must never change, or shards of mixed versions disagree.
        assertEquals(Split.hash("a.BTest"), Split.hash("a.BTest"));
        assertEquals(8537259272007771498L, Split.hash("a.BTest"));
    }

    @Test
    void longestFirstOntoTheLeastLoadedShard() {
        Map<String, Double> t = new HashMap<>();
        t.put("A", 10.0);
        t.put("B", 7.0);
        t.put("C", 6.0);
        t.put("D", 5.0);
        t.put("E", 4.0);
        t.put("F", 3.0);
        Split split = Split.byTimings(List.of("F", "E", "D", "C", "B", "A"), t, 2);
        // A -> 0 (10), B -> 1 (7), C -> 1 (13), D -> 0 (15), E -> 1 (17), F -> 0 (18)
        assertEquals(0, split.shardOf.get("A"));
        assertEquals(1, split.shardOf.get("B"));
        assertEquals(1, split.shardOf.get("C"));
        assertEquals(0, split.shardOf.get("D"));
        assertEquals(1, split.shardOf.get("E"));
        assertEquals(0, split.shardOf.get("F"));
        assertEquals(18_000, split.load[0]);
        assertEquals(17_000, split.load[1]);
        assertEquals(6, split.known);
    }

    @Test
    void unknownClassesCountAsTheMedian() {
        Map<String, Double> t = new HashMap<>();
        t.put("A", 1.0);
        t.put("B", 2.0);
        t.put("C", 9.0);
        t.put("Elsewhere", 100.0);
        Split split = Split.byTimings(List.of("A", "B", "C", "New1", "New2"), t, 2);
        assertEquals(3, split.known);
        assertEquals(2_000, split.medianMillis, "the median of the run's own known classes");
        long sum = split.load[0] + split.load[1];
        assertEquals(1_000 + 2_000 + 9_000 + 2 * 2_000, sum);
        // no class of the run is known: the median of all timings
        Split none = Split.byTimings(List.of("X", "Y"), t, 2);
        assertEquals(0, none.known);
        assertEquals(5_500, none.medianMillis);
        // no timings at all: by hash
        assertEquals(Split.byHash(List.of("X", "Y", "Z"), 2).shardOf,
                Split.byTimings(List.of("X", "Y", "Z"), Collections.emptyMap(), 2).shardOf);
    }

    @Test
    void timedSplitIsAPartitionAndNearTheIdealOnSkewedDurations() {
        List<String> names = classes(200);
        Map<String, Double> t = new HashMap<>();
        Random random = new Random(42);
        double sum = 0;
        double longest = 0;
        for (String n : names) {
            // heavy-tailed: most classes short, a few long
            double d = 0.05 + Math.pow(random.nextDouble(), 6) * 40;
            t.put(n, d);
            sum += d;
            longest = Math.max(longest, d);
        }
        assertPartition(names, 4, true, t);
        Split split = Split.byTimings(names, t, 4);
        long max = 0;
        for (long l : split.load) {
            max = Math.max(max, l);
        }
        double ideal = Math.max(sum / 4, longest);
        assertTrue(max / 1000.0 <= ideal * 1.05, "slowest shard " + max + " ms against ideal " + ideal + " s");
    }

    @Test
    void theFingerprintTellsSplitsApart() {
        List<String> names = classes(10);
        assertEquals(8, Split.byHash(names, 3).fingerprint().length());
        assertTrue(!Split.byHash(names, 3).fingerprint().equals(Split.byHash(names, 2).fingerprint()));
        Map<String, Double> t = new HashMap<>();
        names.forEach(n -> t.put(n, (double) n.length()));
        assertTrue(!Split.byTimings(names, t, 3).fingerprint().equals(Split.byHash(names, 3).fingerprint()));
    }

    @Test
    void zeroDurationClassesSpreadOut() {
        Map<String, Double> t = new HashMap<>();
        List<String> names = classes(8);
        names.forEach(n -> t.put(n, 0.0));
        Split split = Split.byTimings(names, t, 4);
        for (long l : split.load) {
            assertEquals(2 * Split.FLOOR_MILLIS, l);
        }
    }
}
