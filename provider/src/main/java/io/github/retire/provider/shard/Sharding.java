package io.github.retire.provider.shard;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.settings.ShardSpec;
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.apiguardian.api.API;

/**
 * This CI job's share of the test classes ({@code retire.shard}, balanced by {@code retire.timings}): decided
 * after Surefire's filters and before any worker gets work, and said in one log line.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Sharding {
    static final String TIMINGS = Settings.TIMINGS;

    private final ShardSpec shard;
    /** Past durations in seconds by class, or null: split by hash. */
    private final Map<String, Double> timings;
    private final Path timingsPath;
    /** How many classes the whole run has, for an empty shard's entry. */
    private int all;

    private Sharding(ShardSpec shard, Map<String, Double> timings, Path timingsPath) {
        this.shard = shard;
        this.timings = timings;
        this.timingsPath = timingsPath;
    }

    /**
     * The sharding the settings ask for, or null to run every class. Reads the timings now, so that a bad path
     * stops the build before any worker starts; touches Bazel's status file, which says the runner shards.
     *
     * @param base the module's directory, against which a relative timings path resolves
     */
    public static Sharding prepare(Settings settings, Path base, Consumer<String> info, Consumer<String> warn) {
        ShardSpec shard = settings.shard();
        if (settings.shardAutoUnset()) {
            info.accept("[retire] " + ShardSpec.KEY + "=auto: no CI shard variables are set (GitLab, Buildkite,"
                    + " CircleCI, Bazel, Kubernetes), so this job runs every test class");
        }
        if (shard == null) {
            if (settings.timings() != null) {
                warn.accept("[retire] " + TIMINGS + " is ignored without " + ShardSpec.KEY);
            }
            return null;
        }
        if (shard.statusFile() != null) {
            touch(Paths.get(shard.statusFile()), warn);
        }
        if (settings.timings() == null) {
            return new Sharding(shard, null, null);
        }
        Path path;
        try {
            path = base == null ? Paths.get(settings.timings()) : base.resolve(settings.timings());
        } catch (InvalidPathException e) {
            throw invalidTimings(settings.timings(), e.getMessage());
        }
        try {
            return new Sharding(shard, Timings.read(path, warn), path);
        } catch (IOException e) {
            throw invalidTimings(settings.timings(), path + ": " + e.getMessage());
        }
    }

    private static IllegalArgumentException invalidTimings(String value, String why) {
        return new IllegalArgumentException("[retire] invalid value '" + value + "' for " + TIMINGS + " (" + why
                + "); accepted: " + Settings.TIMINGS_ACCEPTED);
    }

    private static void touch(Path file, Consumer<String> warn) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            warn.accept("[retire] cannot touch Bazel's TEST_SHARD_STATUS_FILE " + file + ": " + e);
        }
    }

    /** This shard's classes, in the order given (Surefire's run order), and the log line that says so. */
    public List<String> select(List<String> classes, Consumer<String> info) {
        Split split = timings == null ? Split.byHash(classes, shard.total())
                : Split.byTimings(classes, timings, shard.total());
        int mine = shard.index() - 1;
        List<String> selected = new ArrayList<>();
        for (String c : classes) {
            if (split.shardOf.get(c) == mine) {
                selected.add(c);
            }
        }
        all = classes.size();
        info.accept(line(split, selected.size(), classes.size()) + "; split " + split.fingerprint()
                + " (the same in every shard, or their timings differ)");
        return selected;
    }

    /**
     * An empty shard's one entry: a skipped test in a test set of its own, {@value #EMPTY_SHARD}. Surefire fails a
     * run with {@code failIfNoTests} when it counted no test at all, and that can be set in the POM, where its
     * fork cannot see it: a shard the split left empty is no such failure.
     */
    public void reportEmpty(TestReportListener<?> reporter) {
        String name = "shard " + shard.index() + " of " + shard.total();
        String why = "none of the " + all + " test class" + (all == 1 ? "" : "es") + " falls to shard " + shard
                + " (" + shard.source() + ")";
        reporter.testSetStarting(new SimpleReportEntry(RunMode.NORMAL_RUN, 1L, EMPTY_SHARD, null, null, null));
        reporter.testSkipped(new SimpleReportEntry(RunMode.NORMAL_RUN, 1L, EMPTY_SHARD, null, name, null, why));
        reporter.testSetCompleted(new SimpleReportEntry(RunMode.NORMAL_RUN, 1L, EMPTY_SHARD, null, null, null));
    }

    /** The test set of an empty shard's entry (its report is TEST-retire.EmptyShard.xml). */
    public static final String EMPTY_SHARD = "retire.EmptyShard";

    String line(Split split, int selected, int all) {
        String head = "[retire] shard " + shard + " (" + shard.source() + "): ";
        if (selected == 0) {
            return head + "none of the " + all + " test class" + (all == 1 ? "" : "es") + " falls to this shard;"
                    + " nothing to run here, and the shard passes (one skipped entry, " + EMPTY_SHARD + ", says so)";
        }
        String share = String.format(Locale.ROOT, "%.1f%%", 100 * split.share(shard.index() - 1));
        if (!split.timed) {
            return head + selected + " of " + all + " test classes, split by class name (" + (timings == null
                    ? "no " + TIMINGS : "no past durations in " + timingsPath) + "): expected " + share
                    + " of the total time if the classes take equal time";
        }
        int unknown = all - split.known;
        return head + selected + " of " + all + " test classes, expected " + share + " of the total time (past"
                + " durations of " + split.known + " from " + timingsPath + (unknown == 0 ? ")" : String.format(
                Locale.ROOT, "; %d without one count as the median, %.3f s)", unknown, split.medianMillis / 1000.0));
    }
}
