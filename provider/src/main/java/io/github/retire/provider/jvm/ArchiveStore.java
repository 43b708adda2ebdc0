package io.github.retire.provider.jvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The directory where class-data archives are kept across runs ({@code retire-cds/}): an archive's name
 * is the key of what it was built for, so any run with the same JVM, options and jars finds it. Kept
 * apart from {@link ClassDataSharing}'s decisions because several runs (and several retire versions)
 * share the directory: what is written there must stay safe to find half-done, and it must not grow
 * without bound.
 */
final class ArchiveStore {
    private static final int KEPT_ARCHIVES = 4;

    private final Path directory;

    ArchiveStore(Path directory) {
        this.directory = directory;
    }

    /** Where the archive for this JVM, its options and the archived jars is kept (the directory made if need be). */
    Path archive(String java, List<String> jvmArguments, List<Path> jars, boolean aotCache) throws IOException {
        Files.createDirectories(directory);
        return directory.resolve(key(java, jvmArguments, jars) + (aotCache ? ".aot" : ".jsa"));
    }

    /** Where this run's training writes the archive, never mapped until {@link #publish}ed: a .tmp, pruned if left. */
    Path pending(Path archive) {
        return directory.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** The checksum being written for a pending archive: a .tmp, which prune removes if left behind. */
    static Path pendingChecksum(Path pending) {
        return Paths.get(pending + ArchiveChecksum.SUFFIX + ".tmp");
    }

    /**
     * The archive first, then its checksum: a run that sees the archive before its checksum (or after a
     * crash between the two) finds it unverified and trains it anew, never maps it unchecked.
     */
    void publish(Path pending, Path archive) throws IOException {
        Path sum = pendingChecksum(pending);
        ArchiveChecksum.write(pending, sum);
        move(pending, archive);
        move(sum, ArchiveChecksum.of(archive));
        prune();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An archive and its checksum; what cannot be deleted is left, and fails its check next time. */
    static void delete(Path archive) {
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(ArchiveChecksum.of(archive));
        } catch (IOException ignored) {
            // a read-only directory: the next run finds the same damage and says so again
        }
    }

    /** Keeps the newest few archives: each change of the classpath's jars makes a new one. */
    private void prune() throws IOException {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".jsa") || name.endsWith(".aot")) {
                    archives.add(f);
                } else if (name.endsWith(ArchiveChecksum.SUFFIX) && !Files.exists(
                        directory.resolve(name.substring(0, name.length() - ArchiveChecksum.SUFFIX.length())))) {
                    Files.deleteIfExists(f); // its archive was pruned, or removed by an older retire
                } else if ((name.endsWith(".tmp") || name.endsWith(".tmp.config")) && isOld(f)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        archives.sort((a, b) -> modified(b).compareTo(modified(a)));
        for (Path old : archives.subList(Math.min(KEPT_ARCHIVES, archives.size()), archives.size())) {
            delete(old);
        }
    }

    private static boolean isOld(Path f) {
        return System.currentTimeMillis() - modified(f).toMillis() > TimeUnit.HOURS.toMillis(1);
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** What must be equal for an archive to be mapped: the JVM, its options and the archived jars. */
    private static String key(String java, List<String> jvmArguments, List<Path> jars) throws IOException {
        StringBuilder text = new StringBuilder("retire-cds 1\n");
        text.append(java).append('\n').append(System.getProperty("java.vm.version")).append('\n');
        for (String arg : jvmArguments) {
            text.append(arg).append('\n');
        }
        for (Path jar : jars) {
            text.append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                // not String.format: its Formatter is a class-loading detour before the first worker starts
                hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
