package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.github.retire.wire.EventType;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.runorder.RunEntryStatisticsMap;
import org.apache.maven.surefire.api.testset.RunOrderParameters;
import org.apache.maven.surefire.api.util.RunOrder;
import org.apache.maven.surefire.api.util.RunOrderCalculator;
import org.apiguardian.api.API;

/**
 * Keeps the run history of {@code runOrder=balanced} and {@code failedfirst} shared with stock.
 * Surefire names the statistics file {@code .surefire-<hash of the configuration>}, and the
 * configuration it hashes holds the provider properties, which differ for a third-party provider: so
 * with retire the plugin reads and writes another file than stock's, and the history would restart
 * whenever retire is added or removed. retire cannot know stock's hash, so it takes stock's file to
 * be the newest other {@code .surefire-*} file beside its own whose classes are all among the classes
 * this run scanned (another execution's file, with other includes, names other classes). Before the
 * classes are ordered, that file replaces retire's; after the run, retire writes to it the statistics
 * stock would write, computed as the plugin's StatisticsReporter does (surefire-api's
 * RunEntryStatisticsMap) from the same events. Where stock never ran, there is no file to find, and
 * stock's first run after retire starts without history.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunHistory {
    private static final String PREFIX = ".surefire-";

    private final Path stock;
    private final RunEntryStatisticsMap existing;
    private final RunEntryStatisticsMap results = new RunEntryStatisticsMap();

    private RunHistory(Path stock, RunEntryStatisticsMap existing) {
        this.stock = stock;
        this.existing = existing;
    }

    /**
     * Call before the classes are ordered, which reads the statistics file. Null when the run order
     * needs no history.
     */
    public static RunHistory open(RunOrderCalculator calculator, Collection<String> scannedClasses, Consumer<String> warn) {
        RunOrderParameters parameters = parametersOf(calculator);
        if (parameters == null || parameters.getRunStatisticsFile() == null || !needsHistory(parameters)) {
            return null;
        }
        Path ours = parameters.getRunStatisticsFile().toPath().toAbsolutePath();
        try {
            Path stock = findStock(ours, new HashSet<>(scannedClasses));
            if (stock != null) {
                // Stock's file is the whole history: retire writes it at the end of each of its runs
                // too, while the plugin writes retire's from what it read before this provider started.
                Files.copy(stock, ours, StandardCopyOption.REPLACE_EXISTING);
            }
            return new RunHistory(stock, RunEntryStatisticsMap.fromFile(ours.toFile()));
        } catch (IOException | RuntimeException e) {
            warn.accept("[retire] cannot share the run history (runOrder) with stock Surefire's file: " + e);
            return null;
        }
    }

    /** A test's end, as the plugin's StatisticsReporter records it. */
    void ended(EventType type, ReportEntry entry) {
        switch (type) {
            case TEST_SUCCEEDED:
            case TEST_SKIPPED:
            case TEST_ASSUMPTION_FAILURE:
                results.add(existing.createNextGeneration(entry));
                break;
            case TEST_FAILED:
            case TEST_ERROR:
                results.add(existing.createNextGenerationFailure(entry));
                break;
            default:
                break;
        }
    }

    /** Writes stock's file, so that stock's next run finds what this one learnt. */
    public void close(Consumer<String> warn) {
        if (stock == null) {
            return;
        }
        try {
            results.serialize(stock.toFile());
        } catch (IOException e) {
            warn.accept("[retire] cannot write the run history (runOrder) to " + stock + ": " + e);
        }
    }

    private static boolean needsHistory(RunOrderParameters parameters) {
        List<RunOrder> order = Arrays.asList(parameters.getRunOrder());
        return order.contains(RunOrder.BALANCED) || order.contains(RunOrder.FAILEDFIRST);
    }

    /** Surefire hands its run order parameters to providers only inside its calculator. */
    private static RunOrderParameters parametersOf(RunOrderCalculator calculator) {
        try {
            Field field = calculator.getClass().getDeclaredField("runOrderParameters");
            field.setAccessible(true);
            Object value = field.get(calculator);
            return value instanceof RunOrderParameters ? (RunOrderParameters) value : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static Path findStock(Path ours, Set<String> scannedClasses) throws IOException {
        Path directory = ours.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return null;
        }
        Path newest = null;
        FileTime newestTime = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path file : files) {
                if (file.getFileName().equals(ours.getFileName()) || !Files.isRegularFile(file)) {
                    continue;
                }
                Set<String> classes = classesIn(file);
                if (classes.isEmpty() || !scannedClasses.containsAll(classes)) {
                    continue;
                }
                FileTime time = Files.getLastModifiedTime(file);
                if (newestTime == null || time.compareTo(newestTime) > 0) {
                    newest = file;
                    newestTime = time;
                }
            }
        }
        return newest;
    }

    /** The classes of a statistics file: lines {@code builds,time,class,method}; a method may go on in
     *  lines that begin with a space. */
    static Set<String> classesIn(Path file) throws IOException {
        Set<String> classes = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.charAt(0) == ' ') {
                continue;
            }
            String[] fields = line.split(",", 4);
            if (fields.length < 3) {
                return new HashSet<>(); // not a statistics file
            }
            classes.add(fields[2]);
        }
        return classes;
    }
}
