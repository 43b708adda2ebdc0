package io.github.retire.provider;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The private directory of one run: worker configurations, the classpath argument file. The pool
 * deletes it at the end; a build killed with SIGKILL cannot, so runs live under the build directory
 * ({@code target/retire-work/<pid>-<random>}), where the next run removes those whose supervisor is
 * gone and {@code mvn clean} removes the rest. Without a build directory, the system temp directory.
 */
final class ScratchDirectory {
    static final String DIRECTORY = "retire-work";

    private ScratchDirectory() {
    }

    static Path create(Path buildDirectory) throws IOException {
        if (buildDirectory == null) {
            return Files.createTempDirectory("retire-");
        }
        Path runs = Files.createDirectories(buildDirectory.resolve(DIRECTORY));
        removeAbandoned(runs);
        return Files.createTempDirectory(runs, ProcessHandle.current().pid() + "-");
    }

    private static void removeAbandoned(Path runs) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs)) {
            for (Path run : entries) {
                String name = run.getFileName().toString();
                int dash = name.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue; // not ours
                }
                if (!ProcessHandle.of(pid).isPresent()) {
                    delete(run);
                }
            }
        } catch (IOException ignored) {
            // best effort: leftovers are small, and mvn clean takes them
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
