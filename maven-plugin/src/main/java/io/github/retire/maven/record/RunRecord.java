package io.github.retire.maven.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run record (docs/RUN-RECORD.md) read into values. Lines of unknown types and unknown fields are
 * ignored, and a last line cut short (a supervisor killed mid-write) is dropped: what came before it stands.
 */
public final class RunRecord {
    public final Path file;
    /** The first line, or null when the file has none. */
    public final Run run;
    /** The last line, or null (the run did not end, or the supervisor was killed). */
    public final Summary summary;
    private final Map<Integer, WorkerInfo> workers;
    private final List<TestRun> tests;
    private final List<Event> events;

    private RunRecord(Path file, Run run, Summary summary, Map<Integer, WorkerInfo> workers, List<TestRun> tests,
                      List<Event> events) {
        this.file = file;
        this.run = run;
        this.summary = summary;
        this.workers = workers;
        this.tests = tests;
        this.events = events;
    }

    /** The last line's counts. */
    public static final class Summary {
        public final long at;
        public final int tests;
        public final int failures;
        public final int errors;
        public final int skipped;
        public final int retired;
        public final int crashed;
        public final int timedOut;
        public final int workersStarted;

        Summary(Fields f) {
            this.at = f.num("at", 0);
            this.tests = (int) f.num("tests", 0);
            this.failures = (int) f.num("failures", 0);
            this.errors = (int) f.num("errors", 0);
            this.skipped = (int) f.num("skipped", 0);
            this.retired = (int) f.num("retired", 0);
            this.crashed = (int) f.num("crashed", 0);
            this.timedOut = (int) f.num("timedOut", 0);
            this.workersStarted = (int) f.num("workersStarted", 0);
        }
    }

    /**
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if a line other than the last is not JSON, or the version is newer
     */
    public static RunRecord read(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        Run run = null;
        Summary summary = null;
        Map<Integer, WorkerInfo> workers = new LinkedHashMap<>();
        List<TestRun> tests = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.trim().isEmpty()) {
                continue;
            }
            Fields f;
            try {
                f = new Fields(Json.object(line));
            } catch (IllegalArgumentException bad) {
                if (n == lines.size() - 1) {
                    break; // cut short by a supervisor that died
                }
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + bad.getMessage(), bad);
            }
            String type = f.str("type");
            if (type == null) {
                continue;
            }
            switch (type) {
                case "run":
                    run = new Run(f);
                    if (run.version > 1) {
                        throw new IllegalArgumentException(file + ": run record version " + run.version
                                + "; this retire reads version 1");
                    }
                    break;
                case "worker":
                    WorkerInfo w = new WorkerInfo(f);
                    workers.put(w.id, w);
                    break;
                case "ready":
                    worker(workers, f).ready = f.num("at");
                    break;
                case "class":
                    worker(workers, f).classes.add(new WorkerInfo.ClassStart(f.str("class"), f.num("at", 0),
                            f.bool("continued")));
                    break;
                case "test":
                    tests.add(new TestRun(f, n));
                    break;
                case "retired":
                    events.add(new Event(Event.Kind.RETIRED, f));
                    break;
                case "crash":
                    events.add(new Event(Event.Kind.CRASH, f));
                    break;
                case "timeout":
                    events.add(new Event(Event.Kind.TIMEOUT, f));
                    break;
                case "end":
                    worker(workers, f).end(f);
                    break;
                case "summary":
                    summary = new Summary(f);
                    break;
                default:
                    // a type of a later version
            }
        }
        return new RunRecord(file, run, summary, workers, Collections.unmodifiableList(tests),
                Collections.unmodifiableList(events));
    }

    /** A worker named before its launch line (a record that starts mid-run) is made up on the spot. */
    private static WorkerInfo worker(Map<Integer, WorkerInfo> workers, Fields f) {
        int id = (int) f.num("worker", 0);
        return workers.computeIfAbsent(id, k -> new WorkerInfo(f));
    }

    /** Every worker, in launch order. */
    public List<WorkerInfo> workers() {
        return new ArrayList<>(workers.values());
    }

    public WorkerInfo worker(int id) {
        return workers.get(id);
    }

    /** Every test case, in the file's order. */
    public List<TestRun> tests() {
        return tests;
    }

    /** Retirements, crashes and timeouts, in the file's order. */
    public List<Event> events() {
        return events;
    }

    /** The tests a worker ran, in the order it ran them (by start, ties in the file's order). */
    public List<TestRun> testsOf(int worker) {
        return tests.stream().filter(t -> t.worker != null && t.worker == worker)
                .sorted(Comparator.<TestRun>comparingLong(t -> t.start).thenComparingInt(t -> t.line))
                .collect(Collectors.toList());
    }

    /**
     * The test cases that match {@code Class#method} (method: the reported name, or its part before a
     * parenthesis), or {@code Class} alone for all of a class; in the file's order.
     */
    public List<TestRun> find(String classAndMethod) {
        int hash = classAndMethod.indexOf('#');
        String cls = hash < 0 ? classAndMethod : classAndMethod.substring(0, hash);
        String method = hash < 0 ? null : classAndMethod.substring(hash + 1);
        List<TestRun> found = new ArrayList<>();
        for (TestRun t : tests) {
            if (!cls.equals(t.className)) {
                continue;
            }
            if (method == null || method.equals(t.name)
                    || (t.name != null && t.name.indexOf('(') > 0 && method.equals(t.name.substring(0, t.name.indexOf('('))))) {
                found.add(t);
            }
        }
        return found;
    }

    /** What ran before the test in its worker JVM, in order (empty when no worker ran it). */
    public List<TestRun> ranBefore(TestRun test) {
        if (test.worker == null) {
            return Collections.emptyList();
        }
        List<TestRun> before = new ArrayList<>();
        for (TestRun t : testsOf(test.worker)) {
            if (t == test) {
                return before;
            }
            before.add(t);
        }
        return before;
    }

    /** Epoch millis of the first thing recorded (the run's start, else the first launch), for a timeline's zero. */
    public long startedAt() {
        long first = run != null ? run.started : Long.MAX_VALUE;
        for (WorkerInfo w : workers.values()) {
            first = Math.min(first, w.started);
        }
        for (TestRun t : tests) {
            first = Math.min(first, t.start);
        }
        return first == Long.MAX_VALUE ? 0 : first;
    }

    /** Epoch millis of the last thing recorded. */
    public long endedAt() {
        long last = summary != null ? summary.at : startedAt();
        for (WorkerInfo w : workers.values()) {
            last = Math.max(last, w.ended != null ? w.ended : w.started);
        }
        for (TestRun t : tests) {
            last = Math.max(last, t.end);
        }
        for (Event e : events) {
            last = Math.max(last, e.at);
        }
        return last;
    }
}
