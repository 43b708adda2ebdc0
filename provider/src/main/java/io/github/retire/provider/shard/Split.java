package io.github.retire.provider.shard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the test classes of a run go to N shards. Every shard computes the same split on its own from the
 * same classes (Surefire's filters run before it, identically in each job) and the same past timings, so
 * no class is lost or run twice; nothing here depends on the order the classes come in.
 */
final class Split {
    /** A class with no time in its report still costs its JVM something; it also spreads such classes. */
    static final long FLOOR_MILLIS = 1;

    /** The shard of each class, 0-based. */
    final Map<String, Integer> shardOf;
    /** Each shard's estimated load: milliseconds with timings, classes without. */
    final long[] load;
    /** Classes of the run with a past duration (with timings), and the median the others got. */
    final int known;
    final long medianMillis;
    final boolean timed;

    private Split(Map<String, Integer> shardOf, long[] load, int known, long medianMillis, boolean timed) {
        this.shardOf = shardOf;
        this.load = load;
        this.known = known;
        this.medianMillis = medianMillis;
        this.timed = timed;
    }

    /**
     * Without timings: classes ordered by a hash of their name and dealt out in turn, so that the shards differ by
     * at most one class, and a package's classes, which sort together by name, spread over all the shards. The
     * same classes always split the same way; a class added or removed moves others.
     */
    static Split byHash(Collection<String> classes, int total) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(classes));
        sorted.sort(Comparator.comparingLong(Split::hash).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> shardOf = new HashMap<>();
        long[] load = new long[total];
        for (int i = 0; i < sorted.size(); i++) {
            shardOf.put(sorted.get(i), i % total);
            load[i % total]++;
        }
        return new Split(shardOf, load, 0, 0, false);
    }

    /**
     * With timings: longest processing time first. Each class, the longest first (ties by name), goes to the
     * shard with the least load so far (ties: fewer classes, then the lower index). A class without a past
     * duration counts as the median of the run's classes that have one; if none has, the median of all the
     * timings; with no timings at all the split is by hash.
     */
    static Split byTimings(Collection<String> classes, Map<String, Double> seconds, int total) {
        List<String> names = new ArrayList<>(new TreeSet<>(classes));
        List<Long> knownMillis = new ArrayList<>();
        for (String name : names) {
            Double s = seconds.get(name);
            if (s != null) {
                knownMillis.add(millis(s));
            }
        }
        int known = knownMillis.size();
        if (knownMillis.isEmpty()) {
            seconds.values().forEach(s -> knownMillis.add(millis(s)));
        }
        if (knownMillis.isEmpty()) {
            return byHash(classes, total);
        }
        long median = median(knownMillis);
        Map<String, Long> estimate = new HashMap<>();
        for (String name : names) {
            Double s = seconds.get(name);
            estimate.put(name, s != null ? millis(s) : median);
        }
        names.sort(Comparator.comparingLong((String n) -> -estimate.get(n)).thenComparing(Comparator.naturalOrder()));
        long[] load = new long[total];
        int[] count = new int[total];
        Map<String, Integer> shardOf = new HashMap<>();
        for (String name : names) {
            int best = 0;
            for (int k = 1; k < total; k++) {
                if (load[k] < load[best] || load[k] == load[best] && count[k] < count[best]) {
                    best = k;
                }
            }
            shardOf.put(name, best);
            load[best] += estimate.get(name);
            count[best]++;
        }
        return new Split(shardOf, load, known, median, true);
    }

    /**
     * A short digest of the whole assignment, for the log: jobs that print different ones split differently (their
     * timings differ), so some class ran twice or not at all.
     */
    String fingerprint() {
        StringBuilder all = new StringBuilder();
        new java.util.TreeMap<>(shardOf).forEach((name, shard) -> all.append(name).append('=').append(shard).append('\n'));
        return String.format(java.util.Locale.ROOT, "%08x", hash(all.toString()) >>> 32);
    }

    /** This shard's share of the estimated whole, 0..1. */
    double share(int shard) {
        long sum = 0;
        for (long l : load) {
            sum += l;
        }
        return sum == 0 ? 0 : (double) load[shard] / sum;
    }

    static long millis(double seconds) {
        return Math.max(FLOOR_MILLIS, Math.round(seconds * 1000));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** FNV-1a over the name's UTF-8 bytes, then mixed: fixed by definition, the same on every JVM. */
    static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
