package io.github.retire.provider;

import java.io.File;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.PrivateFiles;

/**
 * Starts workers from a class-data archive (AppCDS). A worker JVM spends most of its start loading,
 * verifying and linking the JUnit Platform and our booter; mapping them from an archive saves much of
 * the time from exec to the first test (docs/BENCHMARKS.md), and retire starts a JVM per retirement,
 * so that time is on the critical path of every retirement.
 *
 * <p>The archive is per worker classpath, JVM and JVM options, built once by a training JVM (see
 * booter's {@code Training}) beside the first run and kept in {@code retire-cds/} next to the reports
 * directory; later runs with the same key map it. HotSpot archives only classes from jars that come
 * before any non-empty directory on the classpath, and the test classpath starts with
 * {@code test-classes}, so workers get the {@link ClasspathArrangement}, whose leading jars are
 * archived. {@code java.class.path} is set back to the order Surefire gave.
 *
 * <p>With {@code retire.onFailure} on JDK 25 and later, the archive is the JVM's AOT cache
 * ({@code -XX:AOTCacheOutput}, JEPs 483, 514 and 515) instead of a dynamic CDS archive: it also keeps
 * the classes linked and the training's method profiles, and a fresh JVM that runs a class of Jupiter
 * tests costs less CPU from it (docs/BENCHMARKS.md, "What one JVM per failure costs at the least").
 * Its training costs more, and a run waits for a training still going at its end; that pays where
 * every failure starts a JVM, and not where a run starts one or two.
 *
 * <p>HotSpot maps an archive without checking its contents (unless {@code -XX:+VerifySharedSpaces},
 * which every worker would pay for): a damaged one makes every worker fail at its start, run after run.
 * So each archive is published with its size and CRC-32C beside it ({@link ArchiveChecksum}), and a run
 * checks them once before any worker maps it; an archive that fails the check, or has none, is removed and
 * trained anew. A worker that mapped an archive and still ended before it ran anything of the user's
 * (before its hello) has the archive dropped for the rest of the run ({@link #drop}).
 */
final class ClassDataSharing {
    static final String TRAINING_MAIN = "io.github.retire.booter.Training";
    private static final String TRAINING_CLASS = TRAINING_MAIN.replace('.', '/') + ".class";
    static final String DIRECTORY = "retire-cds";
    /** The first JDK whose launcher trains an AOT cache in one run ({@code -XX:AOTCacheOutput}, JEP 514). */
    private static final int AOT_CACHE_FEATURE = 25;
    private static final int KEPT_ARCHIVES = 4;
    /** Options by which the user already chose how the JVM shares classes: then we stay out. */
    private static final String[] USER_CHOICES = {
        "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
        "-XX:SharedClassListFile", "-XX:AOT", "-XX:+RecordDynamicDumpInfo", "-XX:-UseSharedSpaces",
    };

    /** A JVM that cannot map an archive (a jar changed since) says so on stdout; it still runs. */
    private static final List<String> QUIET = Collections.unmodifiableList(
            Arrays.asList("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    /** The same for an AOT cache, whose messages have their own tag (before JDK 25 that tag is an error). */
    private static final List<String> AOT_QUIET = Collections.unmodifiableList(
            Arrays.asList("-Xlog:aot=off", "-Xlog:cds=off"));

    private final List<Path> classpath;
    private final int archived;
    private final Path directory;
    /** An AOT cache rather than a dynamic CDS archive: see the class comment. */
    private final boolean aotCache;
    /** Why sharing is off though it was asked for, for the build log; null when on, or off by choice. */
    private String offReason;
    /** What became of an archive found damaged or unverified, for the build log once; null if nothing. */
    private String removed;
    private Path archive;
    private Path pending;
    private Process training;
    /** Whether {@link #archive} exists and workers map it. */
    private boolean ready;
    /** The archive a worker ended with, before it ran anything of the user's: never mapped again this run. */
    private Path dropped;

    private ClassDataSharing(List<Path> classpath, int archived, Path directory, boolean aotCache) {
        this.classpath = classpath;
        this.archived = archived;
        this.directory = directory;
        this.aotCache = aotCache;
    }

    /** Workers start as they would without retire's archive. */
    static ClassDataSharing off(List<Path> classpath) {
        return new ClassDataSharing(classpath, 0, null, false);
    }

    /**
     * @param directory     where archives are kept across runs; null turns sharing off
     * @param javaFeature   the workers' JDK feature release
     * @param jvmPerFailure whether every failure starts a JVM ({@code retire.onFailure}); with JDK 25+
     *                      that makes the archive an AOT cache
     */
    static ClassDataSharing plan(List<Path> classpath, Path directory, int javaFeature, boolean jvmPerFailure)
            throws IOException {
        if (directory == null || javaFeature < 13) {
            return off(classpath); // dynamic archives (ArchiveClassesAtExit) came with JDK 13
        }
        List<Path> arranged = ClasspathArrangement.arrange(classpath);
        int archived = 0;
        while (archived < arranged.size() && ClasspathArrangement.isJar(arranged.get(archived))) {
            archived++;
        }
        // The training JVM runs from the leading jars alone: without the booter there, it cannot start.
        // Looked for from the end, where the supervisor put it after the test classpath: one zip opened, not all.
        Path booter = null;
        for (int i = classpath.size() - 1; i >= 0 && booter == null; i--) {
            Path entry = classpath.get(i);
            if (ClasspathArrangement.isJar(entry) && ClasspathArrangement.holds(entry, TRAINING_CLASS)) {
                booter = entry;
            }
        }
        if (booter != null && arranged.subList(0, archived).contains(booter)) {
            return new ClassDataSharing(arranged, archived, directory,
                    jvmPerFailure && javaFeature >= AOT_CACHE_FEATURE);
        }
        ClassDataSharing off = off(classpath);
        off.offReason = booter != null ? ClasspathArrangement.whyBehind(booter, classpath)
                : "retire's booter is not in a jar";
        return off;
    }

    /**
     * Why no archive is made for this classpath, or, once {@link #start} decided, for the workers' JVM
     * options; null when sharing is on, or switched off by the user.
     */
    String offReason() {
        return offReason;
    }

    /** The classpath workers get: arranged when sharing is on, else as given. */
    List<Path> classpath() {
        return classpath;
    }

    /**
     * Decides for this run: an archive for this key is used if there is one; otherwise the training
     * JVM is started to build it, and workers started once it is done use it.
     *
     * @param java         the worker's java executable
     * @param jvmArguments the worker's JVM options (part of the archive's key)
     * @param scratch      a private directory of this run, for the training JVM's argument file
     */
    synchronized void start(String java, List<String> jvmArguments, Path scratch) throws IOException {
        if (directory == null || jvmArguments.stream().anyMatch(ClassDataSharing::isUserChoice)) {
            return;
        }
        String agent = agent(jvmArguments);
        if (agent != null) {
            // Measured on JDK 17 and 25: a dynamic archive's training fails at its start, run after run.
            // An AOT cache is trained with an agent, but JaCoCo's workers gained nothing from it (what it
            // transforms is loaded anew), and the user's coverage should not hang on a cache trained
            // under an agent.
            offReason = "the workers' JVM options load an agent (" + agent + "): HotSpot makes no dynamic archive"
                    + " with one at work, and what it transforms cannot come from an archive";
            return;
        }
        Files.createDirectories(directory);
        archive = directory.resolve(key(java, jvmArguments) + (aotCache ? ".aot" : ".jsa"));
        if (Files.isRegularFile(archive)) {
            String damage = ArchiveChecksum.check(archive);
            if (damage == null) {
                ready = true;
                return;
            }
            delete(archive);
            removed = "[retire] class-data archive " + archive + " " + damage + ": removed; workers start without"
                    + " it until it is trained anew (retire.cds)";
        }
        pending = directory.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Path arguments = scratch.resolve("training.args");
        PrivateFiles.write(arguments, ("-cp \"" + quote(join(classpath.subList(0, archived))) + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArguments);
        command.addAll(aotCache ? AOT_QUIET : QUIET);
        // The AOT cache is assembled at exit by a child JVM, which the training waits for.
        command.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + pending);
        command.add("@" + arguments);
        command.add(TRAINING_MAIN);
        training = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * The archive the next worker maps, or null while there is none. A training that ended meanwhile
     * is published first, so even the run that trains starts most of its workers from the archive.
     */
    synchronized Path mapped() {
        if (!ready && training != null && !training.isAlive()) {
            finish(0);
        }
        return ready ? archive : null;
    }

    /** The options that make a worker map the given archive ({@link #mapped}); none for null. */
    List<String> optionsFor(Path mapped) {
        if (mapped == null) {
            return Collections.emptyList();
        }
        List<String> options = new ArrayList<>(aotCache ? AOT_QUIET : QUIET);
        options.add((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + mapped);
        return options;
    }

    /** The options that make the next worker map the archive; none while there is none (for tests). */
    List<String> workerOptions() {
        return optionsFor(mapped());
    }

    /**
     * What the build log should say about an archive found damaged or unverified by {@link #start}, once;
     * null when there was none.
     */
    String removed() {
        return removed;
    }

    /**
     * A worker that mapped this archive ended before it ran anything of the user's (before its hello, or
     * idle). A damaged archive that its checksum did not catch does that to every worker, so it is not
     * mapped again this run and is removed, to be trained anew by the next run. A worker that was handed
     * a class is never judged so (see Departures): the class may kill its JVM by itself.
     *
     * @return whether it was dropped now, rather than before: the caller says so once
     */
    synchronized boolean drop(Path mapped) {
        if (mapped.equals(dropped)) {
            return false;
        }
        dropped = mapped;
        if (mapped.equals(archive)) {
            ready = false;
        }
        delete(mapped);
        return true;
    }

    /** Whether workers that mapped this archive are to be let go: it was dropped. */
    synchronized boolean dropped(Path mapped) {
        return mapped != null && mapped.equals(dropped);
    }

    /**
     * Keeps what the training JVM built, if it is done within the given time; otherwise stops it.
     * Called once the run is over, and again harmlessly.
     */
    synchronized void finish(long waitMillis) {
        if (training == null) {
            return;
        }
        try {
            if (training.waitFor(waitMillis, TimeUnit.MILLISECONDS) && training.exitValue() == 0
                    && Files.size(pending) > 0) {
                publish();
                ready = true;
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            // descendants first: an AOT cache's assembling child would otherwise outlive its parent
            training.descendants().forEach(ProcessHandle::destroyForcibly);
            training.destroyForcibly();
            training = null;
            try {
                Files.deleteIfExists(pending);
                Files.deleteIfExists(Paths.get(pending + ".config")); // the AOT training's own leftover
                Files.deleteIfExists(checksumPending());
            } catch (IOException ignored) {
                // a stale .tmp is harmless: it is never mapped, and the next publish prunes it
            }
        }
    }

    /** The archive's file name for this run's key, once {@link #start} decided (for tests). */
    String archiveName() {
        return archive.getFileName().toString();
    }

    /** Whether the training JVM is still running (for tests). */
    boolean training() {
        return training != null && training.isAlive();
    }

    /**
     * The archive first, then its checksum: a run that sees the archive before its checksum (or after a
     * crash between the two) finds it unverified and trains it anew, never maps it unchecked.
     */
    private void publish() throws IOException {
        Path sum = checksumPending();
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

    /** The checksum being written for {@link #pending}: a .tmp, which prune removes if left behind. */
    private Path checksumPending() {
        return Paths.get(pending + ArchiveChecksum.SUFFIX + ".tmp");
    }

    /** An archive and its checksum; what cannot be deleted is left, and fails its check next time. */
    private static void delete(Path archive) {
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

    /** The first option that loads an agent, up to its own options; null if none does. */
    private static String agent(List<String> jvmArguments) {
        for (String arg : jvmArguments) {
            if (arg.startsWith("-javaagent:") || arg.startsWith("-agentpath:") || arg.startsWith("-agentlib:")) {
                int options = arg.indexOf('=');
                return options < 0 ? arg : arg.substring(0, options);
            }
        }
        return null;
    }

    private static boolean isUserChoice(String option) {
        for (String choice : USER_CHOICES) {
            if (option.startsWith(choice)) {
                return true;
            }
        }
        return false;
    }

    /** What must be equal for an archive to be mapped: the JVM, its options and the archived jars. */
    private String key(String java, List<String> jvmArguments) throws IOException {
        StringBuilder text = new StringBuilder("retire-cds 1\n");
        text.append(java).append('\n').append(System.getProperty("java.vm.version")).append('\n');
        for (String arg : jvmArguments) {
            text.append(arg).append('\n');
        }
        for (Path jar : classpath.subList(0, archived)) {
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

    static String join(List<Path> entries) {
        StringBuilder cp = new StringBuilder();
        for (Path p : entries) {
            if (cp.length() > 0) {
                cp.append(File.pathSeparator);
            }
            cp.append(p.toAbsolutePath());
        }
        return cp.toString();
    }

    /** For a {@code -cp "..."} line of a java argument file. */
    static String quote(String classpath) {
        return classpath.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
