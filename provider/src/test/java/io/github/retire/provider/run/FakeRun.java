package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.retire.provider.jvm.ScratchDirectory;
import io.github.retire.provider.report.Relay;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Launcher;
import io.github.retire.provider.worker.Worker;
import io.github.retire.provider.worker.WorkerEvent;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;

/**
 * The supervisor core in one process: the real {@link Supervisor} with its {@link WorkQueue}, {@link Relay}
 * and scheduling, a recording stand-in for Surefire's reporter, and a launcher whose workers are
 * scripts ({@link FakeWorker}) instead of JVMs. A test writes what each worker says, in the order the
 * workers start, runs the loop to its end, and compares what the reporter received.
 *
 * <p>All the construction of the core is here: when its constructors change, only this class does.
 */
final class FakeRun implements Launcher {
    static final String ENGINE = "[engine:junit-jupiter]";
    /** How long a run may take before the test fails: the slowest scripts wait for a silent-worker kill. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final List<String> classes;
    private final Properties settings = new Properties();
    private int rerunRounds;
    private final Map<Integer, FakeWorker> scripts = new TreeMap<>();
    private final List<FakeWorker> launched = new CopyOnWriteArrayList<>();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final List<Object> entries = new CopyOnWriteArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    /** Whatever went wrong in the fixture itself, on whatever thread: the test fails with it. */
    private final List<Throwable> broken = new CopyOnWriteArrayList<>();
    final BlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
    final Path directory;
    private String fatal;

    @SuppressWarnings("unchecked")
    private final TestReportListener<TestOutputReportEntry> reporter = (TestReportListener<TestOutputReportEntry>)
            Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TestReportListener.class},
                    (proxy, method, args) -> {
                        record(method.getName(), args == null ? null : args[0]);
                        return method.getReturnType() == boolean.class ? false : null;
                    });

    final ConsoleLogger log = (ConsoleLogger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConsoleLogger.class}, (proxy, method, args) -> {
                logged.add(method.getName() + " " + (args == null ? "" : args[0]));
                return method.getReturnType() == boolean.class ? false : null;
            });

    FakeRun(String... classes) {
        this.classes = Arrays.asList(classes);
        settings.setProperty(Settings.WORKERS, "1");
        try {
            directory = Files.createTempDirectory("retire-fake-run-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String classUid(String testClass) {
        return ENGINE + "/[class:" + testClass + "]";
    }

    static String uid(String testClass, String method) {
        return classUid(testClass) + "/[method:" + method + "()]";
    }

    /** A retire setting, as the user would give it ({@link Settings#read}). */
    FakeRun set(String key, String value) {
        settings.setProperty(key, value);
        return this;
    }

    /** Surefire's rerunFailingTestsCount. */
    FakeRun reruns(int rounds) {
        this.rerunRounds = rounds;
        return this;
    }

    /**
     * The script of the n-th worker the supervisor starts (from 1). A worker without a script says
     * hello and exits when told to shut down.
     */
    FakeWorker worker(int n) {
        return scripts.computeIfAbsent(n, id -> new FakeWorker(this, id));
    }

    /** Runs the supervisor loop to its end, which it must reach by itself. */
    FakeRun run() {
        Settings read = Settings.read(settings, Collections.emptyMap(), 2, logged::add);
        WorkQueue workQueue = new WorkQueue(classes, rerunRounds);
        Supervisor supervisor = new Supervisor(read, Parallelism.OFF, workQueue, new Relay(reporter), log, queue, 0);
        try {
            assertTimeoutPreemptively(LIMIT, () -> {
                fatal = supervisor.run(this, null);
            }, () -> "the run did not end; reported " + reported + "; logged " + logged + "; commands " + commands());
        } finally {
            launched.forEach(FakeWorker::close);
            ScratchDirectory.delete(directory);
        }
        for (FakeWorker w : launched) {
            w.awaitCommands();
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("the fake workers broke: " + broken, broken.get(0));
        }
        return this;
    }

    @Override
    public Worker start(boolean spare) {
        int n = launched.size() + 1;
        FakeWorker script = worker(n);
        launched.add(script);
        return script.launch(spare);
    }

    @Override
    public Path fatalErrorLog(Worker worker) {
        return null;
    }

    void broke(Throwable t) {
        broken.add(t);
    }

    /**
     * What Surefire's reporter received, one line per call: {@code testSetStarting A}, {@code testStarting A.x},
     * {@code testFailed A.x}, {@code testSetCompleted A}, {@code stdout text} for output; a rerun's calls end
     * in {@code (rerun)}.
     */
    List<String> reported() {
        return new ArrayList<>(reported);
    }

    /** The entry of the only call reported as this line. */
    ReportEntry entry(String line) {
        int at = reported.indexOf(line);
        assertTrue(at >= 0 && reported.lastIndexOf(line) == at, "one " + line + " in " + reported);
        return (ReportEntry) entries.get(at);
    }

    /** The build log, one line per call: {@code error [retire] worker 1 ...}. */
    List<String> logged() {
        return new ArrayList<>(logged);
    }

    /** What the run returned: why workers could not run tests at all, or null. */
    String fatal() {
        return fatal;
    }

    /** How many workers the supervisor started. */
    int launched() {
        return launched.size();
    }

    /** Asserts the reporter calls, with the whole list in the message when they differ. */
    void assertReported(String... expected) {
        assertEquals(String.join("\n", expected), String.join("\n", reported),
                "reporter calls (logged: " + logged + ")");
    }

    private Map<Integer, List<String>> commands() {
        Map<Integer, List<String>> all = new TreeMap<>();
        for (FakeWorker w : launched) {
            all.put(w.id, w.commands());
        }
        return all;
    }

    private void record(String method, Object arg) {
        String line;
        if (arg instanceof TestOutputReportEntry) {
            TestOutputReportEntry out = (TestOutputReportEntry) arg;
            line = (out.isStdOut() ? "stdout " : "stderr ") + out.getLog();
        } else if (arg instanceof ReportEntry) {
            ReportEntry e = (ReportEntry) arg;
            line = method + " " + e.getSourceName() + (e.getName() == null ? "" : "." + e.getName())
                    + (e.getRunMode() == RunMode.RERUN_TEST_AFTER_FAILURE ? " (rerun)" : "");
        } else {
            logged.add(method + " " + arg);
            return;
        }
        synchronized (reported) {
            reported.add(line);
            entries.add(arg);
        }
    }
}
