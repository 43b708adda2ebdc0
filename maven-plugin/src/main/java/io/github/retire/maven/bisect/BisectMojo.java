package io.github.retire.maven.bisect;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import io.github.retire.maven.record.RunRecord;
import io.github.retire.maven.record.RunRecords;
import io.github.retire.maven.record.TestRun;

/**
 * Finds the test that poisons the JVM for another ({@code -Dretire.victim=Class#method}): from the tests
 * that ran before the victim in its JVM (the newest run record of the execution; without one, a plain run
 * of the execution first), it checks that the victim passes alone and fails after all of them, then
 * halves them, each probe a run of the execution in one fresh worker JVM ({@code retire.sequence}),
 * until one is left, and verifies it. Where no single test poisons, it finds a smallest set that does.
 */
@Mojo(name = "bisect", requiresProject = true, threadSafe = false)
public class BisectMojo extends AbstractMojo {
    /** The test that fails after others, as Class#method. */
    @Parameter(property = Victim.PROPERTY, required = true)
    private String victim;

    /** The execution to bisect, when the plugin has several. */
    @Parameter(property = Target.EXECUTION_PROPERTY)
    private String execution;

    /** surefire or failsafe. */
    @Parameter(property = Target.PLUGIN_PROPERTY, defaultValue = "surefire")
    private String plugin;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Victim wanted;
        Target target;
        try {
            wanted = Victim.parse(victim);
            target = Target.find(project, plugin, execution);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        if (target.executions.size() > 1) {
            getLog().info("[retire] bisecting execution " + target.executionId + " of " + String.join(", ", target.executions)
                    + " (-D" + Target.EXECUTION_PROPERTY + "=<id> for another)");
        }
        File work = new File(project.getBuild().getDirectory(), "retire-bisect");
        clean(work);
        Prober prober = new Prober(setup(), target, work, getLog());
        Path buildDirectory = target.reports.getParentFile().toPath();
        Found found = find(wanted, buildDirectory, target.plugin);
        if (found == null) {
            getLog().info("[retire] no run record of " + target.plugin + " in " + RunRecords.directory(buildDirectory)
                    + " has " + wanted + ": a plain run of " + target.invocation()
                    + " first, for the order Surefire runs its tests in");
            File plainLog = prober.plainRun();
            found = find(wanted, work.toPath(), RunRecords.SUREFIRE);
            found = found != null ? found : find(wanted, work.toPath(), RunRecords.FAILSAFE);
            if (found == null) {
                throw new MojoFailureException("[retire] " + wanted + " did not run in a plain run of "
                        + target.invocation() + " either (no run record in " + RunRecords.directory(work.toPath())
                        + " has it); its build log: " + plainLog);
            }
        }
        bisect(found, target, prober);
    }

    /** The victim's first run in the newest record that has it, with that record. */
    private static final class Found {
        final RunRecord record;
        final TestRun victim;

        Found(RunRecord record, TestRun victim) {
            this.record = record;
            this.victim = victim;
        }
    }

    /**
     * The newest record of the plugin that ran the victim: two executions of one plugin may keep their
     * records in one directory, the newest being the other's.
     */
    private static Found find(Victim wanted, Path buildDirectory, String plugin) throws MojoExecutionException {
        try {
            List<Path> records = RunRecords.all(buildDirectory, plugin);
            for (int i = records.size() - 1; i >= 0; i--) {
                RunRecord record = RunRecord.read(records.get(i));
                for (TestRun t : record.tests()) {
                    if (t.rerun == 0 && t.worker != null && t.uid != null && wanted.is(t.className, t.name)) {
                        return new Found(record, t);
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("[retire] cannot read the run records in "
                    + RunRecords.directory(buildDirectory) + ": " + e, e);
        }
    }

    private void bisect(Found found, Target target, Prober prober) throws MojoExecutionException, MojoFailureException {
        TestRun first = found.victim;
        File record = found.record.file.toFile();
        Victim victim = Victim.parse(this.victim).in(first.className);
        // The candidates: what ran before it in its JVM, once each, in order; its ids: its invocations.
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> victimIds = new LinkedHashSet<>();
        Set<Integer> workers = new LinkedHashSet<>();
        for (TestRun t : found.record.tests()) {
            if (t.worker != null) {
                workers.add(t.worker);
            }
        }
        boolean before = true;
        for (TestRun t : found.record.testsOf(first.worker)) {
            if (t.rerun != 0 || t.uid == null) {
                continue;
            }
            if (victim.is(t.className, t.name)) {
                victimIds.add(t.uid);
                before = false;
            } else if (before) {
                names.putIfAbsent(t.uid, t.testFilter());
            }
        }
        List<String> candidates = new ArrayList<>(names.keySet());
        if (candidates.isEmpty()) {
            throw new MojoFailureException("[retire] nothing ran before " + victim + " in its JVM (worker "
                    + first.worker + " of " + record + "): no test there can have poisoned it");
        }
        List<String> ids = new ArrayList<>(victimIds);
        getLog().info("[retire] bisecting " + victim + ": " + candidates.size() + " test"
                + (candidates.size() == 1 ? "" : "s") + " ran before it in worker " + first.worker + " of " + record);
        List<String> none = new ArrayList<>();
        if (prober.probe(none, ids, victim, "alone") == Victim.Outcome.FAILED) {
            throw new MojoFailureException("[retire] " + victim + " fails when run alone, in a fresh JVM: it does"
                    + " not need another test to fail");
        }
        if (prober.probe(candidates, ids, victim, "after all " + candidates.size()) == Victim.Outcome.PASSED) {
            throw new MojoFailureException("[retire] " + victim + " passes after the " + candidates.size()
                    + " tests that ran before it in its JVM, in the same order: it is not order-dependent in this order"
                    + " (it may be flaky, or depend on time or on something outside the JVM)");
        }
        Search.Found<String> result;
        try {
            result = new Search<String>(subset -> prober.probe(subset, ids, victim, "after " + describe(subset, names))
                    == Victim.Outcome.FAILED).find(candidates);
        } catch (MojoExecutionException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        report(victim, target, prober, result, names, ids, candidates.size(), workers.size() > 1);
    }

    private void report(Victim victim, Target target, Prober prober, Search.Found<String> found,
                        Map<String, String> names, List<String> victimIds, int candidates, boolean severalWorkers)
            throws MojoExecutionException {
        List<String> polluters = new ArrayList<>();
        found.polluters.forEach(uid -> polluters.add(names.get(uid)));
        if (found.single) {
            getLog().info("[retire] polluter: " + polluters.get(0));
            getLog().info("[retire] verified: " + victim + " passes alone and fails right after it");
        } else {
            getLog().info("[retire] no single test poisons " + victim + "; these " + polluters.size()
                    + " do together, in this order, and each of them is needed:");
            polluters.forEach(p -> getLog().info("[retire] polluter: " + p));
        }
        File sequence = new File(prober.directory(), "reproduce-sequence.txt");
        List<String> lines = new ArrayList<>(found.polluters);
        lines.addAll(victimIds);
        try {
            Files.write(sequence.toPath(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("[retire] cannot write " + sequence + ": " + e, e);
        }
        List<String> order = new ArrayList<>(polluters);
        order.add(victim.toString());
        String reproduce = Reproduction.testFilter(target, order, severalWorkers, session.isOffline());
        if (reproduce != null) {
            getLog().info("[retire] reproduce: " + reproduce);
        }
        getLog().info("[retire] reproduce in one JVM, in this order: mvn " + (session.isOffline() ? "-o " : "")
                + target.invocation() + " -Dretire.sequence=" + project.getBasedir().toPath().relativize(sequence.toPath()));
        double log2 = Math.log(candidates) / Math.log(2);
        getLog().info("[retire] " + prober.probes() + " probes for " + candidates + " candidate"
                + (candidates == 1 ? "" : "s") + String.format(java.util.Locale.ROOT, " (log2(%d) + 3 = %.1f)", candidates, log2 + 3));
    }

    private static String describe(List<String> subset, Map<String, String> names) {
        if (subset.size() == 1) {
            return names.get(subset.get(0));
        }
        return subset.size() + " tests (" + names.get(subset.get(0)) + " .. " + names.get(subset.get(subset.size() - 1)) + ")";
    }

    private Prober.Setup setup() throws MojoExecutionException {
        Prober.Setup s = new Prober.Setup();
        s.mavenHome = new File(System.getProperty("maven.home"));
        s.javaHome = new File(System.getProperty("java.home"));
        s.pom = project.getFile();
        s.baseDirectory = project.getBasedir();
        s.offline = session.isOffline();
        s.localRepository = new File(session.getLocalRepository().getBasedir());
        File user = session.getRequest().getUserSettingsFile();
        s.userSettings = user != null && user.isFile() ? user : null;
        File global = session.getRequest().getGlobalSettingsFile();
        s.globalSettings = global != null && global.isFile() ? global : null;
        s.profiles = new ArrayList<>(session.getRequest().getActiveProfiles());
        Properties properties = new Properties();
        properties.putAll(session.getUserProperties());
        Stream.of(Victim.PROPERTY, Target.EXECUTION_PROPERTY, Target.PLUGIN_PROPERTY).forEach(properties::remove);
        s.properties = properties;
        s.extension = listsExtension() ? null : ownJar();
        return s;
    }

    /** Whether the build loads retire's extension itself (.mvn/extensions.xml): then it is not loaded twice. */
    private boolean listsExtension() {
        File top = session.getRequest().getMultiModuleProjectDirectory();
        File extensions = new File(top == null ? project.getBasedir() : top, ".mvn/extensions.xml");
        try {
            return extensions.isFile() && new String(Files.readAllBytes(extensions.toPath()), StandardCharsets.UTF_8)
                    .contains("retire-maven-plugin");
        } catch (IOException e) {
            return false;
        }
    }

    private static File ownJar() throws MojoExecutionException {
        try {
            return new File(BisectMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new MojoExecutionException("[retire] cannot find retire-maven-plugin's own jar: " + e, e);
        }
    }

    /** What an earlier bisection left, but the class-data archives, which the probes share. */
    private static void clean(File work) throws MojoExecutionException {
        File[] old = work.listFiles((dir, name) -> !name.equals("retire-cds"));
        for (int i = 0; old != null && i < old.length; i++) {
            try (Stream<Path> walk = Files.walk(old[i].toPath())) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("[retire] cannot remove " + old[i] + " of an earlier bisection: " + e, e);
            }
        }
    }
}
