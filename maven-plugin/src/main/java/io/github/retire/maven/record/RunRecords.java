package io.github.retire.maven.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where run records are: {@code <build directory>/retire/runs/<yyyyMMdd-HHmmss-SSS>-<plugin>[-<n>].jsonl}. */
public final class RunRecords {
    public static final String DIRECTORY = "retire/runs";
    public static final String SUREFIRE = "surefire";
    public static final String FAILSAFE = "failsafe";
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6}-\\d{3})-(surefire|failsafe)(?:-(\\d+))?\\.jsonl");

    private RunRecords() {
    }

    /** The directory of a build directory's ({@code target}'s) records. */
    public static Path directory(Path buildDirectory) {
        return buildDirectory.resolve(DIRECTORY);
    }

    /** The plugin a record's file name names, or null when it is not a record's name. */
    public static String pluginOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(2) : null;
    }

    /** Every record of a plugin, oldest first (by time stamp, then by the -n of executions in one millisecond). */
    public static List<Path> all(Path buildDirectory, String plugin) throws IOException {
        Path dir = directory(buildDirectory);
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> plugin.equals(pluginOf(f))).forEach(found::add);
        }
        found.sort(Comparator.comparing(RunRecords::stamp).thenComparingInt(RunRecords::sequence));
        return found;
    }

    /** The newest record of a plugin, if any. */
    public static Optional<Path> newest(Path buildDirectory, String plugin) throws IOException {
        List<Path> all = all(buildDirectory, plugin);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String stamp(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static int sequence(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
    }
}
