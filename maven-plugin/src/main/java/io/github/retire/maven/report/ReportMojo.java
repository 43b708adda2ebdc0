package io.github.retire.maven.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.retire.maven.record.RunRecord;
import io.github.retire.maven.record.RunRecords;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Draws what happened in the last run on retire: reads the newest run record of the module
 * ({@code target/retire/runs}, docs/RUN-RECORD.md; Surefire's and Failsafe's newest when there are both) and
 * writes {@code target/retire/trace.json} (Chrome's Trace Event Format, for Perfetto or chrome://tracing)
 * and {@code target/retire/report.html} (one self-contained page: the timeline of the worker JVMs, the
 * slowest classes, every worker and how it ended).
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo {
    /** The module's build directory, where the records are and the report goes. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /**
     * A record to draw instead of the newest. Not named {@code retire.record}: that is the provider's switch,
     * and a file given there in the same Maven call as the tests would stop them as a bad setting.
     */
    @Parameter(property = "retire.recordFile")
    String record;

    /** {@code surefire} or {@code failsafe}: only that plugin's newest record. */
    @Parameter(property = "retire.plugin")
    String plugin;

    @Override
    public void execute() throws MojoExecutionException {
        Path build = buildDirectory.toPath();
        List<Path> files = files(build);
        if (files.isEmpty()) {
            getLog().info("[retire] no run record in " + RunRecords.directory(build)
                    + (plugin != null ? " of " + plugin : "") + ": run the tests on retire first");
            return;
        }
        List<RunRecord> records = new ArrayList<>();
        for (Path file : files) {
            try {
                records.add(RunRecord.read(file));
            } catch (IOException | IllegalArgumentException e) {
                throw new MojoExecutionException("[retire] cannot read the run record " + file + ": " + e.getMessage(), e);
            }
        }
        Path out = build.resolve("retire");
        Path trace = out.resolve("trace.json");
        Path html = out.resolve("report.html");
        try {
            Files.createDirectories(out);
            try (Writer w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
                Trace.write(records, w);
            }
            Files.write(html, HtmlReport.page(records).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("[retire] cannot write the report in " + out + ": " + e, e);
        }
        for (RunRecord r : records) {
            getLog().info("[retire] report of " + r.file.getFileName() + ": " + r.workers().size() + " worker JVMs, "
                    + r.tests().size() + " tests, " + r.events().size() + " retirements, crashes and timeouts");
        }
        getLog().info("[retire] timeline: " + html);
        getLog().info("[retire] trace (Perfetto, chrome://tracing): " + trace);
    }

    private List<Path> files(Path build) throws MojoExecutionException {
        List<Path> files = new ArrayList<>();
        if (record != null && !record.trim().isEmpty()) {
            Path given = Path.of(record.trim());
            if (!given.isAbsolute()) {
                given = build.getParent() != null ? build.getParent().resolve(given) : given.toAbsolutePath();
            }
            if (!Files.isRegularFile(given)) {
                throw new MojoExecutionException("[retire] retire.recordFile=" + record + ": no such file (" + given + ")");
            }
            files.add(given);
            return files;
        }
        List<String> plugins = new ArrayList<>();
        if (plugin == null || plugin.trim().isEmpty()) {
            plugins.add(RunRecords.SUREFIRE);
            plugins.add(RunRecords.FAILSAFE);
        } else if (plugin.trim().equals(RunRecords.SUREFIRE) || plugin.trim().equals(RunRecords.FAILSAFE)) {
            plugins.add(plugin.trim());
        } else {
            throw new MojoExecutionException("[retire] retire.plugin=" + plugin + ": accepted values are surefire and failsafe");
        }
        try {
            for (String p : plugins) {
                Optional<Path> newest = RunRecords.newest(build, p);
                newest.ifPresent(files::add);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("[retire] cannot list " + RunRecords.directory(build) + ": " + e, e);
        }
        return files;
    }
}
