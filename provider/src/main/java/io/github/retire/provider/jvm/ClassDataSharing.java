package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

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
 *
 * <p>This class decides for the run and knows which archive workers map; the directory kept across
 * runs is {@link ArchiveStore}'s, the training JVM {@link ArchiveTraining}'s, and which JVM options
 * keep retire out or make a worker map the archive are {@link SharingOptions}'.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ClassDataSharing {
    static final String TRAINING_MAIN = "io.github.retire.booter.Training";
    private static final String TRAINING_CLASS = TRAINING_MAIN.replace('.', '/') + ".class";
    public static final String DIRECTORY = "retire-cds";
    /** The first JDK whose launcher trains an AOT cache in one run ({@code -XX:AOTCacheOutput}, JEP 514). */
    private static final int AOT_CACHE_FEATURE = 25;

    private final List<Path> classpath;
    private final int archived;
    /** Null when sharing is off. */
    private final ArchiveStore store;
    /** An AOT cache rather than a dynamic CDS archive: see the class comment. */
    private final boolean aotCache;
    /** Why sharing is off though it was asked for, for the build log; null when on, or off by choice. */
    private String offReason;
    /** What became of an archive found damaged or unverified, for the build log once; null if nothing. */
    private String removed;
    private Path archive;
    private ArchiveTraining training;
    /** Whether {@link #archive} exists and workers map it. */
    private boolean ready;
    /** The archive a worker ended with, before it ran anything of the user's: never mapped again this run. */
    private Path dropped;

    private ClassDataSharing(List<Path> classpath, int archived, Path directory, boolean aotCache) {
        this.classpath = classpath;
        this.archived = archived;
        this.store = directory == null ? null : new ArchiveStore(directory);
        this.aotCache = aotCache;
    }

    /** Workers start as they would without retire's archive. */
    public static ClassDataSharing off(List<Path> classpath) {
        return new ClassDataSharing(classpath, 0, null, false);
    }

    /**
     * @param directory     where archives are kept across runs; null turns sharing off
     * @param javaFeature   the workers' JDK feature release
     * @param jvmPerFailure whether every failure starts a JVM ({@code retire.onFailure}); with JDK 25+
     *                      that makes the archive an AOT cache
     */
    public static ClassDataSharing plan(List<Path> classpath, Path directory, int javaFeature, boolean jvmPerFailure)
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
    public String offReason() {
        return offReason;
    }

    /** The classpath workers get: arranged when sharing is on, else as given. */
    public List<Path> classpath() {
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
    public synchronized void start(String java, List<String> jvmArguments, Path scratch) throws IOException {
        if (store == null || SharingOptions.userChose(jvmArguments)) {
            return;
        }
        String agent = SharingOptions.agent(jvmArguments);
        if (agent != null) {
            // Measured on JDK 17 and 25: a dynamic archive's training fails at its start, run after run.
            // An AOT cache is trained with an agent, but JaCoCo's workers gained nothing from it (what it
            // transforms is loaded anew), and the user's coverage should not hang on a cache trained
            // under an agent.
            offReason = "the workers' JVM options load an agent (" + agent + "): HotSpot makes no dynamic archive"
                    + " with one at work, and what it transforms cannot come from an archive";
            return;
        }
        List<Path> jars = classpath.subList(0, archived);
        archive = store.archive(java, jvmArguments, jars, aotCache);
        if (Files.isRegularFile(archive)) {
            String damage = ArchiveChecksum.check(archive);
            if (damage == null) {
                ready = true;
                return;
            }
            ArchiveStore.delete(archive);
            removed = "[retire] class-data archive " + archive + " " + damage + ": removed; workers start without"
                    + " it until it is trained anew (retire.cds)";
        }
        training = ArchiveTraining.start(java, jvmArguments, jars, aotCache, store.pending(archive), scratch);
    }

    /**
     * The archive the next worker maps, or null while there is none. A training that ended meanwhile
     * is published first, so even the run that trains starts most of its workers from the archive.
     */
    public synchronized Path mapped() {
        if (!ready && training != null && !training.isAlive()) {
            finish(0);
        }
        return ready ? archive : null;
    }

    /** The options that make a worker map the given archive ({@link #mapped}); none for null. */
    public List<String> optionsFor(Path mapped) {
        return SharingOptions.mapping(mapped, aotCache);
    }

    /** The options that make the next worker map the archive; none while there is none (for tests). */
    List<String> workerOptions() {
        return optionsFor(mapped());
    }

    /**
     * What the build log should say about an archive found damaged or unverified by {@link #start}, once;
     * null when there was none.
     */
    public String removed() {
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
    public synchronized boolean drop(Path mapped) {
        if (mapped.equals(dropped)) {
            return false;
        }
        dropped = mapped;
        if (mapped.equals(archive)) {
            ready = false;
        }
        ArchiveStore.delete(mapped);
        return true;
    }

    /** Whether workers that mapped this archive are to be let go: it was dropped. */
    public synchronized boolean dropped(Path mapped) {
        return mapped != null && mapped.equals(dropped);
    }

    /**
     * Keeps what the training JVM built, if it is done within the given time; otherwise stops it.
     * Called once the run is over, and again harmlessly.
     */
    public synchronized void finish(long waitMillis) {
        if (training == null) {
            return;
        }
        try {
            Path built = training.built(waitMillis);
            if (built != null) {
                store.publish(built, archive);
                ready = true;
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            training.stop();
            training = null;
        }
    }

    /** The archive's file name for this run's key, once {@link #start} decided (for tests). */
    public String archiveName() {
        return archive.getFileName().toString();
    }

    /** Whether the training JVM is still running (for tests). */
    boolean training() {
        return training != null && training.isAlive();
    }

    public static String join(List<Path> entries) {
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
    public static String quote(String classpath) {
        return classpath.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
