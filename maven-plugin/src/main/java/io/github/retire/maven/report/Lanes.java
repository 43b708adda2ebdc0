package io.github.retire.maven.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.retire.maven.record.RunRecord;
import io.github.retire.maven.record.TestRun;
import io.github.retire.maven.record.WorkerInfo;

/**
 * The rows of a timeline: one per worker JVM, in launch order, and one more for errors no worker was charged
 * with. A worker that ran tests side by side (JUnit's parallel mode) gets extra rows below its first, so
 * that no two tests of a row overlap: a trace viewer nests overlapping events of one thread, wrongly here.
 */
final class Lanes {
    /** The row of the errors the supervisor wrote for no worker (not run). */
    static final int NO_WORKER = 0;
    /**
     * An overlap this small (ms) is the clocks', not tests side by side: the test starts when the one before
     * it ended. (Records of 0.1.0 took starts and ends from two clocks.)
     */
    static final long SLACK = 3;

    static final class Lane {
        /** The worker's id, or {@link #NO_WORKER}. */
        final int worker;
        /** 0 for the worker's first row. */
        final int sub;
        /** Unique across the record: the trace's thread id. */
        final int tid;
        final WorkerInfo info;
        final List<TestRun> tests = new ArrayList<>();
        /** Each test's start in this row: its own, or where the test before it ended, within {@link #SLACK}. */
        final List<Long> starts = new ArrayList<>();
        long lastEnd = Long.MIN_VALUE;

        Lane(int worker, int sub, WorkerInfo info) {
            this.worker = worker;
            this.sub = sub;
            this.tid = worker * 1000 + sub + 1;
            this.info = info;
        }

        String name() {
            if (info == null) {
                return "not run (no worker)";
            }
            String base = "worker " + worker + (info.pid > 0 ? " (pid " + info.pid + ")" : "");
            return sub == 0 ? base : base + " #" + (sub + 1);
        }
    }

    final List<Lane> all = new ArrayList<>();
    private final Map<Integer, List<Lane>> byWorker = new LinkedHashMap<>();

    Lanes(RunRecord record) {
        for (WorkerInfo w : record.workers()) {
            lanesOf(w.id, w);
        }
        List<TestRun> tests = new ArrayList<>(record.tests());
        tests.sort(Comparator.<TestRun>comparingLong(t -> t.start).thenComparingInt(t -> t.line));
        for (TestRun t : tests) {
            int worker = t.worker == null ? NO_WORKER : t.worker;
            List<Lane> lanes = lanesOf(worker, record.worker(worker));
            Lane fit = null;
            for (Lane lane : lanes) {
                if (lane.lastEnd <= t.start + SLACK || worker == NO_WORKER) {
                    fit = lane;
                    break;
                }
            }
            if (fit == null) {
                fit = new Lane(worker, lanes.size(), lanes.get(0).info);
                lanes.add(fit);
            }
            long start = worker == NO_WORKER ? t.start : Math.min(t.end, Math.max(t.start, fit.lastEnd));
            fit.tests.add(t);
            fit.starts.add(start);
            fit.lastEnd = Math.max(fit.lastEnd, t.end);
        }
        byWorker.values().forEach(all::addAll);
        all.sort(Comparator.<Lane>comparingInt(l -> l.worker == NO_WORKER ? Integer.MAX_VALUE : l.worker)
                .thenComparingInt(l -> l.sub));
    }

    private List<Lane> lanesOf(int worker, WorkerInfo info) {
        return byWorker.computeIfAbsent(worker, w -> {
            List<Lane> lanes = new ArrayList<>();
            lanes.add(new Lane(w, 0, info));
            return lanes;
        });
    }

    /** A worker's first row (where its marks go), or null. */
    Lane first(int worker) {
        List<Lane> lanes = byWorker.get(worker);
        return lanes == null ? null : lanes.get(0);
    }
}
