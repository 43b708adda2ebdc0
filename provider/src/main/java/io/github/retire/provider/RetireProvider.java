package io.github.retire.provider;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.retire.provider.jvm.ClassDataSharing;
import io.github.retire.provider.jvm.Debugging;
import io.github.retire.provider.jvm.LeanCompilation;
import io.github.retire.provider.jvm.WorkerConfig;
import io.github.retire.provider.jvm.ScratchDirectory;
import io.github.retire.provider.jvm.SurefireDump;
import io.github.retire.provider.jvm.SystemProperties;
import io.github.retire.provider.jvm.WorkerClasspath;
import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.RunHistory;
import io.github.retire.provider.report.RunRecord;
import io.github.retire.provider.run.Supervisor;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Sequence;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.settings.Unhonoured;
import io.github.retire.provider.shard.Sharding;
import io.github.retire.provider.work.Work;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Backlog;
import io.github.retire.provider.worker.Worker;
import io.github.retire.provider.worker.WorkerEvent;
import io.github.retire.provider.worker.WorkerLauncher;
import io.github.retire.wire.ConfigKeys;
import io.github.retire.wire.PropertiesText;

import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.provider.AbstractProvider;
import org.apache.maven.surefire.api.provider.ProviderParameters;
import org.apache.maven.surefire.api.report.ReporterFactory;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.apache.maven.surefire.api.suite.RunResult;
import org.apache.maven.surefire.api.testset.TestSetFailedException;
import org.apache.maven.surefire.api.util.ScanResult;
import org.apache.maven.surefire.api.util.TestsToRun;
import org.apiguardian.api.API;

/**
 * The SurefireProvider that Surefire finds through META-INF/services and runs in its fork. It is
 * the supervisor's entry point: it decides the classes and the settings, starts the worker launcher and
 * hands the run to the {@link Supervisor}. It keeps no static state, so several Surefire executions in
 * one build each get a fresh one.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RetireProvider extends AbstractProvider {
    static final String CONFIGURATION_PARAMETERS = "configurationParameters";

    private final ProviderParameters parameters;
    private final List<String> earlyWarnings = new ArrayList<>();
    /** runOrder's history shared with stock's file; opened before Surefire's run order reads it. */
    private final RunHistory history;

    public RetireProvider(ProviderParameters parameters) {
        this.parameters = parameters;
        this.history = RunHistory.open(parameters.getRunOrderCalculator(), scannedNames(parameters),
                earlyWarnings::add);
    }

    private static List<String> scannedNames(ProviderParameters parameters) {
        List<String> names = new ArrayList<>();
        ScanResult scan = parameters.getScanResult();
        for (int i = 0; scan != null && i < scan.size(); i++) {
            names.add(scan.getClassName(i));
        }
        return names;
    }

    @Override
    public Iterable<Class<?>> getSuites() {
        return scan();
    }

    @Override
    public RunResult invoke(Object forkTestSet) throws TestSetFailedException {
        ReporterFactory reporterFactory = parameters.getReporterFactory();
        TestReportListener<TestOutputReportEntry> reporter = reporterFactory.createTestReportListener();
        ConsoleLogger log = reporter;
        earlyWarnings.forEach(log::warning);
        Settings settings = Settings.read(System.getProperties(), parameters.getProviderProperties(),
                Runtime.getRuntime().availableProcessors(), log::warning);
        for (String warning : Unhonoured.warnings(parameters.getProviderProperties(), System.getProperties(),
                forkTestSet, parameters.getTestClassLoader(), suiteXmlFiles())) {
            log.warning(warning);
        }
        Debugging debugging = Debugging.of(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (debugging != null) {
            if (settings.workers() > 1 || settings.spares() > 0 || settings.testTimeoutMillis() > 0) {
                log.warning("[retire] debugging: " + Settings.WORKERS + ", " + Settings.SPARES + " and "
                        + Settings.TEST_TIMEOUT + " are set aside: one worker, no spares, no hard timeout");
            }
            settings = settings.forDebugging();
        }
        Sequence sequence = null;
        if (settings.probe()) {
            sequence = Sequence.read(settings.sequence(), parameters.getTestClassLoader());
            settings = settings.forProbe();
            log.info("[retire] probe: " + sequence.size() + " test" + (sequence.size() == 1 ? "" : "s") + " of "
                    + sequence.classes().size() + " class" + (sequence.classes().size() == 1 ? "" : "es") + " from "
                    + Sequence.KEY + "=" + settings.sequence() + ", in one worker JVM (no spares, retirement, reruns,"
                    + " skipAfterFailureCount or run history)");
        }
        // Surefire sets basedir in its fork: a relative retire.timings is the module's, as in the POM.
        Sharding sharding = sequence != null ? null : Sharding.prepare(settings,
                System.getProperty("basedir") == null ? null : Path.of(System.getProperty("basedir")), log::info,
                log::warning);
        String fatal;
        RunResult result;
        try {
            fatal = supervise(settings, sequence, sharding, debugging, forkTestSet, reporter, log);
        } finally {
            // A probe runs a few tests in an order of its own: the run history is the real runs'.
            if (history != null && sequence == null) {
                history.close(log::warning);
            }
            result = reporterFactory.close();
        }
        if (fatal != null) {
            throw new TestSetFailedException("[retire] workers cannot run tests: " + fatal);
        }
        return result;
    }

    private String supervise(Settings settings, Sequence sequence, Sharding sharding, Debugging debugging,
                             Object forkTestSet,
                             TestReportListener<TestOutputReportEntry> reporter, ConsoleLogger log)
            throws TestSetFailedException {
        File reportsFile = parameters.getReporterConfiguration().getReportsDirectory();
        Path reports = reportsFile == null ? null : reportsFile.toPath().toAbsolutePath();
        // Archives live beside the reports (target/retire-cds), so "mvn clean" clears them too.
        Path archives = settings.classDataSharing() && reports != null && reports.getParent() != null
                ? reports.getParent().resolve(ClassDataSharing.DIRECTORY) : null;
        Path scratch;
        List<Path> classpath;
        ClassDataSharing sharing;
        try {
            scratch = ScratchDirectory.create(reports == null ? null : reports.getParent());
            LeanCompilation.apply(scratch);
            classpath = WorkerClasspath.resolve(System.getProperty(WorkerClasspath.TEST_CLASSPATH_PROPERTY),
                    getClass().getClassLoader(), archives != null ? archives.resolve("launchers") : scratch, log::info);
            sharing = archives == null ? ClassDataSharing.off(classpath)
                    : ClassDataSharing.plan(classpath, archives, Runtime.version().feature(), settings.onFailure());
        } catch (IOException e) {
            throw new TestSetFailedException("[retire] cannot prepare the worker classpath: " + e, e);
        }
        Properties workerConfig = WorkerConfig.of(SystemProperties.forWorkers(System.getProperties()),
                configurationParameters(), parameters.getProviderProperties(),
                parameters.getTestRequest().getTestListResolver().getPluginParameterTest(), settings);
        workerConfig.setProperty(ConfigKeys.ENABLE_ASSERTIONS, String.valueOf(assertionsEnabled()));
        Path dumpFile = SurefireDump.file();
        if (dumpFile != null) {
            workerConfig.setProperty(ConfigKeys.DUMP_FILE, dumpFile.toString());
        }
        // Tests see the test classpath as stock's fork shows it: in Surefire's order, whatever order the
        // worker was started with, and without retire's own jars (booter, surefire-api, jffi, launcher).
        workerConfig.setProperty(ConfigKeys.SYSTEM_PROPERTY + "java.class.path",
                System.getProperty(WorkerClasspath.TEST_CLASSPATH_PROPERTY));
        // Each worker counts its own failures too, so that it drains at once, as a stock fork does.
        int skipAfterFailureCount = sequence == null ? parameters.getSkipAfterFailureCount() : 0;
        workerConfig.setProperty(ConfigKeys.SKIP_AFTER_FAILURE_COUNT, String.valueOf(skipAfterFailureCount));
        BlockingQueue<WorkerEvent> events = new LinkedBlockingQueue<>();
        if (parameters.getCommandReader() != null) {
            parameters.getCommandReader().addShutdownListener(command -> events.add(WorkerEvent.shutdownRequested()));
        }
        // Every worker loads the native library with retire.hardkill=native: it watches its supervisor.
        try (WorkerLauncher launcher = new WorkerLauncher(scratch, sharing, workerConfig, new Backlog(events), log,
                reports, settings.nativeHardkill())) {
            launcher.debugWith(debugging);
            // The first worker JVM starts while Surefire's scan loads the test classes.
            Worker first = startEarly(launcher);
            WorkQueue work;
            if (sequence != null) {
                work = WorkQueue.of(probeWork(sequence));
            } else {
                List<String> classes = classNames(forkTestSet);
                if (sharding != null) {
                    classes = sharding.select(classes, log::info);
                    if (classes.isEmpty()) {
                        sharding.reportEmpty(reporter);
                    }
                }
                if (classes.isEmpty()) {
                    return null;
                }
                work = new WorkQueue(classes, parameters.getTestRequest().getRerunFailingTestsCount());
            }
            Parallelism parallelism = Parallelism.of(configurationParameters(), System.getProperties(),
                    parameters.getTestClassLoader());
            RunRecord record = settings.record() ? RunRecord.open(reports, log::warning) : RunRecord.off();
            try {
                record.run(settings.workers(), settings.onFailure(), work.pendingWork());
                Supervisor supervisor = new Supervisor(settings, parallelism, work,
                        new Relay(reporter, sequence == null ? history : null, launcher.holding()), log, events,
                        skipAfterFailureCount, record);
                return supervisor.run(launcher, first);
            } finally {
                record.close();
            }
        } catch (IOException e) {
            throw new TestSetFailedException("[retire] cannot start worker JVMs: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestSetFailedException("[retire] interrupted", e);
        }
    }

    /** A probe's classes in its order, each whole or the tests it names. */
    private static List<Work> probeWork(Sequence sequence) {
        List<Work> works = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : sequence.classes().entrySet()) {
            works.add(c.getValue().isEmpty() ? Work.wholeClass(c.getKey()) : Work.selection(c.getKey(), c.getValue()));
        }
        return works;
    }

    /** Null if it cannot start: the scheduler tries again and reports why. */
    private static Worker startEarly(WorkerLauncher launcher) {
        try {
            return launcher.start(false);
        } catch (IOException e) {
            return null;
        }
    }

    private List<String> classNames(Object forkTestSet) {
        Iterable<Class<?>> classes;
        if (forkTestSet == null) {
            classes = scan();
        } else if (forkTestSet instanceof Class) {
            classes = Collections.<Class<?>>singletonList((Class<?>) forkTestSet);
        } else if (forkTestSet instanceof Iterable) {
            @SuppressWarnings("unchecked")
            Iterable<Class<?>> given = (Iterable<Class<?>>) forkTestSet;
            classes = given;
        } else {
            throw new IllegalArgumentException("[retire] unexpected test set from Surefire: " + forkTestSet);
        }
        List<String> names = new ArrayList<>();
        for (Class<?> c : classes) {
            names.add(c.getName());
        }
        return names;
    }

    /** Surefire's scan (includes, excludes, -Dtest classes) in its configured run order. */
    private TestsToRun scan() {
        TestsToRun scanned = parameters.getScanResult().applyFilter(
                c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()), parameters.getTestClassLoader());
        return parameters.getRunOrderCalculator().orderTestClasses(scanned);
    }

    /** Surefire 3.6 has no getSuiteXmlFiles any more: asked by name, null where it does not exist. */
    private Collection<?> suiteXmlFiles() {
        try {
            Object files = parameters.getTestRequest().getClass().getMethod("getSuiteXmlFiles")
                    .invoke(parameters.getTestRequest());
            return files instanceof Collection ? (Collection<?>) files : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Surefire's enableAssertions, which its fork applied as the test class loader's default assertion
     * status: what a class of ours, which no -ea/-da of the user names, would get from it now.
     */
    private boolean assertionsEnabled() {
        try {
            return Class.forName(RetireProvider.class.getName(), false, parameters.getTestClassLoader())
                    .desiredAssertionStatus();
        } catch (ClassNotFoundException | LinkageError e) {
            return RetireProvider.class.desiredAssertionStatus();
        }
    }

    private Map<String, String> configurationParameters() {
        String text = parameters.getProviderProperties().get(CONFIGURATION_PARAMETERS);
        return text == null ? new HashMap<>() : PropertiesText.parse(text);
    }
}
