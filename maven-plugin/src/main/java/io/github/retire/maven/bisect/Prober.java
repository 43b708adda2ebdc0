package io.github.retire.maven.bisect;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

/**
 * Runs probes: the execution being bisected, in a Maven of its own (maven-invoker: the same Maven, project,
 * settings, local repository, profiles, user properties and offline mode), with {@code retire.sequence}
 * naming what runs before the victim, and its reports in a directory of its own under
 * {@code target/retire-bisect/}. The same sequence is never probed twice.
 */
final class Prober {
    /** How a probe's Maven is started; the same for every probe of a bisection. */
    static final class Setup {
        File mavenHome;
        File javaHome;
        File pom;
        File baseDirectory;
        boolean offline;
        File localRepository;
        File userSettings;
        File globalSettings;
        List<String> profiles = new ArrayList<>();
        Properties properties = new Properties();
        /** retire-maven-plugin's jar, to load as a core extension; null when the build lists it already. */
        File extension;
    }

    private final Setup setup;
    private final Target target;
    private final File work;
    private final Log log;
    private final Map<List<String>, Victim.Outcome> seen = new HashMap<>();
    /** Probes so far, the plain run not counted. */
    private int probes;

    Prober(Setup setup, Target target, File work, Log log) {
        this.setup = setup;
        this.target = target;
        this.work = work;
        this.log = log;
    }

    /** Where the probes' files go: target/retire-bisect. */
    File directory() {
        return work;
    }

    int probes() {
        return probes;
    }

    /** Where probe n writes its reports; its record goes to {@code work/retire/runs}. */
    File reports(int n) {
        return new File(work, "probe-" + n + "-reports");
    }

    /**
     * Runs {@code before}, then the victim's tests, in one fresh worker JVM.
     *
     * @param victimIds the victim's unique ids, last in the sequence
     */
    Victim.Outcome probe(List<String> before, List<String> victimIds, Victim victim, String what)
            throws MojoExecutionException {
        Victim.Outcome known = seen.get(before);
        if (known != null) {
            return known;
        }
        int n = ++probes;
        File sequence = new File(work, "probe-" + n + "-sequence.txt");
        List<String> lines = new ArrayList<>(before);
        lines.addAll(victimIds);
        try {
            Files.createDirectories(work.toPath());
            Files.write(sequence.toPath(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("[retire] cannot write " + sequence + ": " + e, e);
        }
        File logFile = new File(work, "probe-" + n + ".log");
        InvocationResult result = run(sequence, reports(n), logFile);
        Victim.Outcome outcome;
        try {
            outcome = victim.outcomeIn(reports(n));
        } catch (Exception e) {
            throw new MojoExecutionException("[retire] cannot read the reports of probe " + n + " in " + reports(n)
                    + ": " + e, e);
        }
        if (outcome == Victim.Outcome.NOT_RUN || !probed(logFile)) {
            throw new MojoExecutionException("[retire] probe " + n + " (" + what + ") did not run " + victim
                    + " on retire (Maven's exit code " + result.getExitCode() + ", reports: "
                    + Victim.reportNames(reports(n)) + "); its build log: " + logFile);
        }
        log.info("[retire] probe " + n + ": " + what + ": " + victim + " " + (outcome == Victim.Outcome.FAILED
                ? "fails" : "passes"));
        seen.put(new ArrayList<>(before), outcome);
        return outcome;
    }

    /**
     * A plain run of the execution, its reports and record under work: to learn the order when no record is.
     *
     * @return its build log
     */
    File plainRun() throws MojoExecutionException {
        File logFile = new File(work, "plain-run.log");
        run(null, new File(work, "plain-run-reports"), logFile);
        log.info("[retire] a plain run of " + target.invocation() + ", to learn the order: done");
        return logFile;
    }

    private InvocationResult run(File sequence, File reports, File logFile) throws MojoExecutionException {
        InvocationRequest request = new DefaultInvocationRequest();
        request.setPomFile(setup.pom);
        request.setBaseDirectory(setup.baseDirectory);
        request.setBatchMode(true);
        request.setOffline(setup.offline);
        request.setShowErrors(true);
        request.setJavaHome(setup.javaHome);
        request.setLocalRepositoryDirectory(setup.localRepository);
        request.setUserSettingsFile(setup.userSettings);
        request.setGlobalSettingsFile(setup.globalSettings);
        request.setProfiles(setup.profiles);
        request.addArg(target.invocation());
        Properties properties = new Properties();
        properties.putAll(setup.properties);
        // Failures are what a probe looks for: the probe's build goes on to write them all.
        properties.setProperty("maven.test.failure.ignore", "true");
        properties.setProperty("retire.probe.reports", reports.getAbsolutePath());
        if (sequence != null) {
            properties.setProperty("retire.sequence", sequence.getAbsolutePath());
        }
        if (setup.extension != null) {
            properties.setProperty("maven.ext.class.path", setup.extension.getAbsolutePath());
        }
        request.setProperties(properties);
        DefaultInvoker invoker = new DefaultInvoker();
        invoker.setMavenHome(setup.mavenHome);
        try {
            Files.createDirectories(work.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("[retire] cannot make " + work + ": " + e, e);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(logFile.toPath(), StandardCharsets.UTF_8))) {
            request.setOutputHandler(out::println);
            request.setErrorHandler(out::println);
            InvocationResult result = invoker.execute(request);
            if (result.getExecutionException() != null) {
                throw new MojoExecutionException("[retire] cannot start Maven for a probe: "
                        + result.getExecutionException(), result.getExecutionException());
            }
            return result;
        } catch (IOException | MavenInvocationException e) {
            throw new MojoExecutionException("[retire] cannot run a probe (log " + logFile + "): " + e, e);
        }
    }

    /** Whether retire ran the probe's sequence: a stock Surefire would have run the whole suite instead. */
    private static boolean probed(File logFile) {
        try {
            return new String(Files.readAllBytes(logFile.toPath()), StandardCharsets.UTF_8)
                    .contains("[retire] probe: ");
        } catch (IOException e) {
            return false;
        }
    }
}
