package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.retire.provider.jvm.ArchiveChecksum;
import io.github.retire.provider.jvm.ClassDataSharing;
import io.github.retire.provider.jvm.TestJars;
import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.report.RunStats;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Worker;
import io.github.retire.provider.worker.WorkerLauncher;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker that mapped the class-data archive and ended before its first test, before its HELLO or with
 * its class in hand: the archive is dropped, said once, and the worker's end costs nothing, not even a
 * start-up failure (retire.maxStartupFailures is 1 here, so one would end the run). Damage under a
 * matching checksum cannot be made to fail the same way twice (workers end with an error, abort, or spin),
 * so these ends are made up: the worker is a process that has exited, the launcher a real one whose next
 * workers cannot start (the jar holds no booter).
 */
class ArchiveDropTest {
    @TempDir
    Path dir;

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    private final TestReportListener<TestOutputReportEntry> reporter = (TestReportListener<TestOutputReportEntry>)
            Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TestReportListener.class},
                    (proxy, method, args) -> {
                        Object arg = args == null ? null : args[0];
                        if (arg instanceof ReportEntry) {
                            seen.add(method.getName() + " " + ((ReportEntry) arg).getSourceName());
                        }
                        return null;
                    });

    private final ConsoleLogger log = (ConsoleLogger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConsoleLogger.class}, (proxy, method, args) -> {
                logged.add(method.getName() + " " + (args == null ? "" : args[0]));
                return method.getReturnType() == boolean.class ? false : null;
            });

    /**
     * A worker that was handed a class and ended before its first test is judged as any start-up failure,
     * archive or not: the class's own code may have ended it (crash-loop), and blaming the archive would
     * cost a healthy one on every run of such a suite.
     */
    @Test
    void aWorkerThatMappedTheArchiveAndEndedHoldingItsClassIsAStartupFailureAndTheArchiveStays() throws Exception {
        Path archive = publishedArchive();
        try (WorkerLauncher launcher = new WorkerLauncher(scratch("run-2"), sharing(), new Properties(), e -> { }, log,
                null, false)) {
            Run run = new Run(launcher);
            run.endHoldingA(archive);

            assertTrue(seen.contains("testError A"), seen.toString());
            assertTrue(Files.exists(archive) && Files.exists(ArchiveChecksum.of(archive)), "kept");
            assertFalse(run.retireLines().toString().contains("class-data archive"), run.retireLines().toString());
            assertEquals(0, run.workQueue.pendingWork());
            assertFalse(run.alive.any(), "no worker started after it: the death counted");
        }
    }

    /**
     * Workers that mapped the archive end before their HELLO (as most did, with 64 KB of it overwritten):
     * the first drops it and says so, the second (started from it at the same time) says less, neither
     * counts as a start-up failure, and the next worker starts without the archive.
     */
    @Test
    void workersThatMappedTheArchiveAndEndedBeforeTheirHelloCostNothing() throws Exception {
        Path archive = publishedArchive();
        try (WorkerLauncher launcher = new WorkerLauncher(scratch("run-2"), sharing(), new Properties(), e -> { }, log,
                null, false)) {
            Run run = new Run(launcher);
            Worker first = run.endBeforeHello(1, archive);
            Worker second = run.endBeforeHello(2, archive);

            assertEquals(java.util.Arrays.asList("warning [retire] " + first + " exited with status 1 before running"
                    + " any test, having mapped class-data archive " + archive + ": it may be damaged, so it is removed"
                    + " and workers start without it for the rest of the run", "info [retire] " + second + " exited with"
                    + " status 1 before running any test, having mapped the class-data archive dropped before; not held"
                    + " against the run"), run.retireLines());
            assertFalse(Files.exists(archive));
            assertEquals(Collections.emptyList(), seen);
            assertEquals(1, run.workQueue.pendingWork());
            List<Worker> alive = new ArrayList<>(run.alive.all());
            assertEquals(1, alive.size(), "a fresh worker was started, no death counted: " + alive);
            assertNull(alive.get(0).archive);
        }
    }

    /** The same end without an archive is a start-up failure, as always: with a cap of 1, the run gives up on A. */
    @Test
    void withoutAnArchiveTheSameEndIsAStartupFailure() throws Exception {
        try (WorkerLauncher launcher = new WorkerLauncher(scratch("run"),
                ClassDataSharing.off(Collections.singletonList(jar())), new Properties(), e -> { }, log, null, false)) {
            Run run = new Run(launcher);
            run.endHoldingA(null);

            assertTrue(seen.contains("testError A"), seen.toString());
            assertEquals(0, run.workQueue.pendingWork());
            assertFalse(run.alive.any(), "no worker started after it");
        }
    }

    private final class Run {
        final WorkQueue workQueue = new WorkQueue(Collections.singletonList("A"), 0);
        final LiveWorkers alive = new LiveWorkers();
        final Scheduler scheduler;
        final Departures departures;

        Run(WorkerLauncher launcher) {
            Properties p = new Properties();
            p.setProperty(Settings.WORKERS, "1");
            p.setProperty(Settings.MAX_STARTUP_FAILURES, "1");
            Settings settings = Settings.read(p, Collections.emptyMap(), 2, w -> { });
            Relay relay = new Relay(reporter);
            RunStats stats = new RunStats();
            TestSets testSets = new TestSets(relay, stats, workQueue, log, RunRecord.off());
            StartupGuard startup = new StartupGuard(settings.maxStartupFailures());
            scheduler = new Scheduler(settings, workQueue, stats, testSets, launcher, new FailFast(0, log), Parallelism.OFF, alive,
                    startup, RunRecord.off());
            departures = new Departures(settings, workQueue, stats, testSets, log, alive, startup, scheduler, launcher,
                    Parallelism.OFF, RunRecord.off());
        }

        /** A worker takes A, then ends with status 1 before anything of A started. */
        Worker endHoldingA(Path archive) throws Exception {
            Process process = new ProcessBuilder("sh", "-c", "exit 1").start();
            process.waitFor();
            Worker worker = new Worker(1, "secret", process, null);
            worker.archive = archive;
            scheduler.adopt(worker);
            worker.state = Worker.State.IDLE;
            scheduler.schedule();
            assertEquals("A", worker.parts.get(0).work.testClass);
            worker.exitStatus = 1;
            worker.outputClosed(true);
            worker.outputClosed(false);
            departures.ended(worker);
            return worker;
        }

        /** A worker started from the archive ends with status 1 before it says hello. */
        Worker endBeforeHello(int id, Path archive) throws Exception {
            Process process = new ProcessBuilder("sh", "-c", "exit 1").start();
            process.waitFor();
            Worker worker = new Worker(id, "secret", process, null);
            worker.archive = archive;
            scheduler.adopt(worker);
            worker.exitStatus = 1;
            worker.outputClosed(true);
            worker.outputClosed(false);
            departures.ended(worker);
            return worker;
        }

        List<String> retireLines() {
            List<String> lines = new ArrayList<>();
            for (String l : logged) {
                if (l.contains("[retire]") && !l.startsWith("info [retire] no class-data archive")) {
                    lines.add(l);
                }
            }
            return lines;
        }
    }

    private Path scratch(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    private Path jar() throws Exception {
        Path jar = dir.resolve("a.jar");
        return Files.exists(jar) ? jar : TestJars.jar(dir, "a.jar", "x/A.class", "io/github/retire/booter/Training.class");
    }

    private ClassDataSharing sharing() throws Exception {
        return ClassDataSharing.plan(Collections.singletonList(jar()), dir.resolve("cds"), Runtime.version().feature(),
                false);
    }

    /** What the first run's training publishes, made up: its training fails, the jar holds no booter. */
    private Path publishedArchive() throws Exception {
        ClassDataSharing first = sharing();
        new WorkerLauncher(scratch("run-1"), first, new Properties(), e -> { }, log, null, false).close();
        Path archive = dir.resolve("cds").resolve(first.archiveName());
        Files.write(archive, new byte[] {1, 2, 3});
        ArchiveChecksum.write(archive, ArchiveChecksum.of(archive));
        logged.clear();
        return archive;
    }
}
