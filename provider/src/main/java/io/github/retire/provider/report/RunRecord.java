package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import io.github.retire.provider.work.Work;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.RunMode;
import org.apiguardian.api.API;

/**
 * The run record (docs/RUN-RECORD.md): what happened in one execution, one JSON object a line, under
 * {@code target/retire/runs/}, for retire:report and retire:bisect. Written by the supervisor's thread
 * only, through a buffer flushed at each worker's end and at the run's end, so a test costs no system
 * call. It must never cost the run: the first IOException turns it off with one warning. JSON is
 * written by hand, since Surefire's fork loads nothing beyond the provider.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunRecord {
    public static final int VERSION = 1;
    /** Below the build directory (the reports directory's parent). */
    public static final String DIRECTORY = "retire/runs";

    private final Path file;
    private final String plugin;
    private final Consumer<String> warn;
    private Writer out;
    /** System.nanoTime and the epoch at one instant, to turn the supervisor's nano clock into epoch millis. */
    private final long baseNanos = System.nanoTime();
    private final long baseMillis = System.currentTimeMillis();
    private final Set<String> streamsSeen = new HashSet<>();
    private int tests;
    private int failures;
    private int errors;
    private int skipped;
    private int retired;
    private int crashed;
    private int timedOut;
    private int workersStarted;

    private RunRecord(Path file, String plugin, Writer out, Consumer<String> warn) {
        this.file = file;
        this.plugin = plugin;
        this.out = out;
        this.warn = warn;
    }

    /** A record that writes nothing (retire.record=false, a probe, or no place for it). */
    public static RunRecord off() {
        return new RunRecord(null, null, null, w -> { });
    }

    /**
     * Opens a new file for this execution; never one another execution wrote.
     *
     * @param reports the execution's reports directory (its parent is the build directory), or null
     * @param warn    where the one warning goes if the record cannot be written
     */
    public static RunRecord open(Path reports, Consumer<String> warn) {
        Path build = reports != null && reports.getParent() != null ? reports.getParent()
                : Path.of(System.getProperty("user.dir"), "target");
        String plugin = plugin(reports);
        Path dir = build.resolve(DIRECTORY);
        String stamp = new SimpleDateFormat("yyyyMMdd-HHmmss-SSS").format(new Date());
        Path file = dir.resolve(stamp + "-" + plugin + ".jsonl");
        try {
            Files.createDirectories(dir);
            for (int n = 2; ; n++) {
                try {
                    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    return new RunRecord(file, plugin, out, warn);
                } catch (FileAlreadyExistsException taken) {
                    file = dir.resolve(stamp + "-" + plugin + "-" + n + ".jsonl");
                }
            }
        } catch (IOException | RuntimeException e) {
            warn.accept(cannotWrite(file, e));
            return off();
        }
    }

    /** {@code failsafe} for Failsafe's reports directory, else {@code surefire}. */
    static String plugin(Path reports) {
        return reports != null && reports.getFileName() != null
                && reports.getFileName().toString().startsWith("failsafe") ? "failsafe" : "surefire";
    }

    /** The file written, or null when off. */
    public Path file() {
        return file;
    }

    /** The first line. */
    public void run(int workers, boolean onFailure, int classes) {
        write(line("run").num("version", VERSION).str("plugin", plugin).str("retire", retireVersion())
                .num("started", baseMillis).num("workers", workers).bool("onFailure", onFailure)
                .num("classes", classes).str("jdk", System.getProperty("java.version")));
    }

    /** A worker JVM was launched. */
    public void worker(int worker, long pid, long startedNanos, boolean spare) {
        workersStarted++;
        write(line("worker").num("worker", worker).num("pid", pid).num("started", millis(startedNanos))
                .bool("spare", spare));
    }

    /** Its hello arrived. */
    public void ready(int worker) {
        write(line("ready").num("worker", worker).num("at", now()));
    }

    /** The worker started a class (or its continuation in another worker). */
    public void classStarted(int worker, Work work) {
        boolean continued = !streamsSeen.add(work.stream);
        write(line("class").num("worker", worker).str("class", work.testClass).str("stream", work.stream)
                .num("at", now()).bool("continued", continued));
    }

    /**
     * A test ended, as Surefire gets it: a worker's report, or an error the supervisor wrote.
     *
     * @param worker      the worker that ran it or was charged with it, or null
     * @param startNanos  when the supervisor had its start (System.nanoTime), or null: then its end less
     *                    its elapsed time
     * @param rerunRound  0 for a normal run, n for the n-th rerun round
     */
    public void test(Integer worker, Work work, int rerunRound, Long startNanos, EventType type, TestReport report) {
        long end = now();
        Integer elapsed = report.elapsed();
        long start = startNanos != null ? Math.min(end, millis(startNanos)) : end - (elapsed == null ? 0 : elapsed);
        String outcome = outcome(type);
        if (work.runMode == RunMode.NORMAL_RUN) {
            tests++;
            failures += "failed".equals(outcome) ? 1 : 0;
            errors += "error".equals(outcome) ? 1 : 0;
            skipped += "skipped".equals(outcome) ? 1 : 0;
        }
        write(line("test").num("worker", worker).str("uid", report.uniqueId())
                .str("class", report.sourceName() != null ? report.sourceName() : work.testClass)
                .str("name", report.name())
                .str("display", report.nameText() != null ? report.nameText() : report.name()).num("start", start).num("end", end)
                .num("elapsed", elapsed).str("outcome", outcome).num("rerun", rerunRound));
    }

    static String outcome(EventType type) {
        switch (type) {
            case TEST_SUCCEEDED:
                return "passed";
            case TEST_FAILED:
                return "failed";
            case TEST_ERROR:
                return "error";
            default:
                return "skipped";
        }
    }

    /** A retirement was accepted. */
    public void retired(int worker, String afterUid, String failed) {
        retired++;
        write(line("retired").num("worker", worker).num("at", now()).str("after", afterUid).str("failed", failed));
    }

    /** A worker end that cost its tests, other than a timeout. */
    public void crash(int worker, String testUid, String message) {
        crashed++;
        write(line("crash").num("worker", worker).num("at", now()).str("test", testUid).str("message", message));
    }

    /** A worker ended by a stage of the hard timeout. */
    public void timeout(int worker, String testUid, String stage, String message) {
        timedOut++;
        write(line("timeout").num("worker", worker).num("at", now()).str("test", testUid).str("stage", stage)
                .str("message", message));
    }

    /** The worker's end was judged: flushed, so that a supervisor killed later leaves it readable. */
    public void end(int worker, String how, String stage, Integer exit, String signal, boolean overdue) {
        write(line("end").num("worker", worker).num("at", now()).str("how", how).str("stage", stage)
                .num("exit", exit).str("signal", signal).bool("overdue", overdue));
        flush();
    }

    /** The last line; the file is closed. */
    public void summary() {
        write(line("summary").num("at", now()).num("tests", tests).num("failures", failures).num("errors", errors)
                .num("skipped", skipped).num("retired", retired).num("crashed", crashed).num("timedOut", timedOut)
                .num("workersStarted", workersStarted));
        close();
    }

    /** Closes the file if still open (the run ended early): what was written stays readable. */
    public void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            failed(e);
        }
        out = null;
    }

    private void flush() {
        if (out == null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failed(e);
        }
    }

    private void write(JsonLine line) {
        if (out == null) {
            return;
        }
        try {
            out.write(line.end());
        } catch (IOException e) {
            failed(e);
        }
    }

    private void failed(IOException e) {
        warn.accept(cannotWrite(file, e));
        try {
            out.close();
        } catch (IOException ignored) {
            // it is off already
        }
        out = null;
    }

    private static String cannotWrite(Path file, Exception e) {
        return "[retire] cannot write the run record " + file + ": " + e + "; the run goes on without it";
    }

    /**
     * One clock for every time in the record, the one the supervisor times tests with: the wall clock
     * and System.nanoTime drift apart by a millisecond now and then, which would make one test seem to start
     * before the one it followed had ended.
     */
    private long now() {
        return millis(System.nanoTime());
    }

    private long millis(long nanos) {
        return baseMillis + (nanos - baseNanos) / 1_000_000L;
    }

    private static String retireVersion() {
        try (InputStream in = RunRecord.class.getResourceAsStream(
                "/META-INF/maven/io.github.retire/retire-provider/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonLine line(String type) {
        return new JsonLine().str("type", type);
    }
}
