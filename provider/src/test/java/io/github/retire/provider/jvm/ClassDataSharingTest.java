package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    private static final String BOOTER_CLASS = "io/github/retire/booter/Training.class";

    @TempDir
    Path dir;

    @Test
    void offBeforeJdk13AndWithoutAPlaceToKeepArchives() throws IOException {
        List<Path> given = Arrays.asList(Files.createDirectories(dir.resolve("test-classes")), TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS));
        Files.write(dir.resolve("test-classes/T.class"), new byte[1]);
        assertEquals(given, ClassDataSharing.plan(given, dir.resolve("cds"), 11, false).classpath());
        assertEquals(given, ClassDataSharing.plan(given, null, 17, false).classpath());
        ClassDataSharing on = ClassDataSharing.plan(given, dir.resolve("cds"), 17, false);
        assertEquals(Arrays.asList(given.get(1), given.get(0)), on.classpath());
        // Off by choice or by JDK says nothing; on says nothing either.
        assertNull(ClassDataSharing.plan(given, dir.resolve("cds"), 11, false).offReason());
        assertNull(ClassDataSharing.plan(given, null, 17, false).offReason());
        assertNull(on.offReason());
    }

    @Test
    void offWhenTheBooterCannotLeadAndSaysWhy() throws IOException {
        Files.createDirectories(dir.resolve("classes/META-INF"));
        Files.write(dir.resolve("classes/META-INF/MANIFEST.MF"), new byte[1]);
        // A jar without a manifest (surefire-shared-utils has none) leads, but the training needs the booter.
        Path plain = TestJars.jar(dir, "plain.jar", "y/B.class");
        Path booter = TestJars.jar(dir, "booter.jar", "META-INF/MANIFEST.MF", BOOTER_CLASS);
        List<Path> given = Arrays.asList(dir.resolve("classes"), plain, booter);
        ClassDataSharing off = ClassDataSharing.plan(given, dir.resolve("cds"), 17, false);
        assertEquals(given, off.classpath());
        assertEquals("booter.jar and a directory of the test classpath both hold META-INF/MANIFEST.MF, so it cannot"
                + " go ahead of the directories without changing what lookups find, and HotSpot archives only jars"
                + " ahead of them", off.offReason());
        ClassDataSharing noBooter = ClassDataSharing.plan(Arrays.asList(dir.resolve("classes"), plain), dir.resolve("cds"), 17, false);
        assertEquals("retire's booter is not in a jar", noBooter.offReason());
    }

    @Test
    void theUsersOwnSharingOptionsWin() throws IOException {
        ClassDataSharing sharing = ClassDataSharing.plan(
                Collections.singletonList(TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS)), dir.resolve("cds"), 17, false);
        sharing.start(java(), Arrays.asList("-Xmx1g", "-Xshare:off"), dir);
        assertEquals(Collections.emptyList(), sharing.workerOptions());
        assertFalse(sharing.training());
        assertFalse(Files.exists(dir.resolve("cds")));
    }

    @Test
    void anAgentLeavesTheArchiveOutAndSaysWhy() throws IOException {
        Path jar = TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS);
        for (String agent : new String[] {"-javaagent:/m2/org.jacoco.agent-0.8.13-runtime.jar=destfile=target/jacoco.exec",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-agentpath:/opt/libprofiler.so"}) {
            for (int feature : new int[] {17, 25}) { // a dynamic archive, and an AOT cache
                ClassDataSharing sharing = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"),
                        feature, true);
                sharing.start(java(), Arrays.asList("-Xmx1g", agent), dir);
                assertFalse(sharing.training(), agent);
                assertEquals(Collections.emptyList(), sharing.workerOptions(), agent);
                String named = agent.contains("=") ? agent.substring(0, agent.indexOf('=')) : agent;
                assertEquals("the workers' JVM options load an agent (" + named + "): HotSpot makes no dynamic archive"
                        + " with one at work, and what it transforms cannot come from an archive", sharing.offReason());
            }
        }
        assertFalse(Files.exists(dir.resolve("cds")), "nothing trained, nothing kept");
    }

    @Test
    void aFailedTrainingLeavesNothingAndTheNextRunTriesAgain() throws IOException {
        // the jar has no Training class: the training JVM fails at once
        ClassDataSharing sharing = ClassDataSharing.plan(
                Collections.singletonList(TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS)), dir.resolve("cds"), 17, false);
        sharing.start(java(), Collections.emptyList(), dir);
        sharing.finish(60_000);
        assertEquals(Collections.emptyList(), sharing.workerOptions());
        try (Stream<Path> files = Files.list(dir.resolve("cds"))) {
            assertEquals(Collections.emptyList(), files.collect(Collectors.toList()));
        }
        ClassDataSharing again = ClassDataSharing.plan(Collections.singletonList(dir.resolve("a.jar")),
                dir.resolve("cds"), 17, false);
        again.start(java(), Collections.emptyList(), dir);
        assertTrue(again.training() || Files.exists(dir.resolve("training.args")));
        again.finish(60_000);
        assertEquals(Collections.emptyList(), again.workerOptions());
    }

    @Test
    void anArchiveForTheSameKeyIsMappedQuietly() throws IOException {
        Path jar = TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS);
        ClassDataSharing first = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        first.start(java(), Collections.singletonList("-Xmx1g"), dir);
        first.finish(60_000);
        // stand in for what a successful training publishes
        Path archive = published(dir.resolve("cds").resolve(first.archiveName()), new byte[] {1});

        ClassDataSharing second = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        second.start(java(), Collections.singletonList("-Xmx1g"), dir);
        assertFalse(second.training());
        assertEquals(Arrays.asList("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=" + archive),
                second.workerOptions());

        // other JVM options make another key
        ClassDataSharing third = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        third.start(java(), Collections.singletonList("-Xmx2g"), dir);
        assertEquals(Collections.emptyList(), third.workerOptions());
        third.finish(0);
    }

    @Test
    void withOnFailureFromJdk25OnTheArchiveIsAnAotCache() throws IOException {
        Path jar = TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS);
        ClassDataSharing first = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 25, true);
        first.start(java(), Collections.emptyList(), dir);
        first.finish(60_000);
        assertTrue(first.archiveName().endsWith(".aot"), first.archiveName());
        Path archive = published(dir.resolve("cds").resolve(first.archiveName()), new byte[] {1});

        ClassDataSharing second = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 25, true);
        second.start(java(), Collections.emptyList(), dir);
        assertEquals(Arrays.asList("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCache=" + archive), second.workerOptions());
        // JDK 24 still gets the dynamic archive: its AOT cache takes two runs to make
        ClassDataSharing jdk24 = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 24, true);
        jdk24.start(java(), Collections.emptyList(), dir);
        assertTrue(jdk24.archiveName().endsWith(".jsa"), jdk24.archiveName());
        jdk24.finish(0);
        // so does a run that starts a JVM or two, not one per failure: the cache's dearer training would not pay
        ClassDataSharing allPass = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 25, false);
        allPass.start(java(), Collections.emptyList(), dir);
        assertTrue(allPass.archiveName().endsWith(".jsa"), allPass.archiveName());
        allPass.finish(0);
    }

    /**
     * An archive is mapped only if its size and CRC-32C are those written when it was published: one
     * damaged (64 KB overwritten, truncated, emptied), or without a readable checksum (an older retire's),
     * is removed, said once, and trained anew as on a first run.
     */
    @Test
    void aDamagedOrUnverifiedArchiveIsRemovedAndTrainedAnew() throws IOException {
        Path jar = TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS);
        ClassDataSharing first = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        first.start(java(), Collections.emptyList(), dir);
        first.finish(60_000);
        Path archive = dir.resolve("cds").resolve(first.archiveName());
        Path sum = ArchiveChecksum.of(archive);
        byte[] content = new byte[256 * 1024];
        new java.util.Random(15).nextBytes(content);

        Map<String, String> damages = new LinkedHashMap<>();
        damages.put("middle", "is damaged (checksum)");
        damages.put("truncated", "is damaged (131072 bytes where 262144 were published)");
        damages.put("empty", "is damaged (0 bytes where 262144 were published)");
        damages.put("no checksum", "has no checksum beside it (made by an older retire?), so it is unverified");
        damages.put("malformed checksum", "has a malformed checksum beside it");
        damages.put("garbled checksum", "has a malformed checksum beside it");
        for (Map.Entry<String, String> damage : damages.entrySet()) {
            published(archive, content);
            byte[] damaged = content;
            switch (damage.getKey()) {
                case "middle":
                    damaged = content.clone();
                    Arrays.fill(damaged, 96 * 1024, 160 * 1024, (byte) 0xA5);
                    break;
                case "truncated":
                    damaged = Arrays.copyOf(content, content.length / 2);
                    break;
                case "empty":
                    damaged = new byte[0];
                    break;
                case "no checksum":
                    Files.delete(sum);
                    break;
                case "malformed checksum":
                    Files.write(sum, "262144\n".getBytes(StandardCharsets.UTF_8));
                    break;
                default:
                    Files.write(sum, "262144 not-hex\n".getBytes(StandardCharsets.UTF_8));
            }
            Files.write(archive, damaged);
            ClassDataSharing next = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
            next.start(java(), Collections.emptyList(), dir);
            assertEquals(Collections.emptyList(), next.workerOptions(), damage.getKey());
            assertEquals("[retire] class-data archive " + archive + " " + damage.getValue() + ": removed; workers"
                    + " start without it until it is trained anew (retire.cds)", next.removed(), damage.getKey());
            assertFalse(Files.exists(archive) || Files.exists(sum), damage.getKey() + ": removed with its checksum");
            assertTrue(next.training() || Files.exists(dir.resolve("training.args")), damage.getKey() + ": trained anew");
            next.finish(60_000);
        }
        // and an intact one is mapped, with nothing said
        published(archive, content);
        ClassDataSharing intact = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        intact.start(java(), Collections.emptyList(), dir);
        assertEquals(archive, intact.mapped());
        assertNull(intact.removed());
    }

    /**
     * A worker that mapped the archive ended before its first test: the archive is not mapped again in
     * this run, and is removed for the next to train anew. Dropping it again says nothing new.
     */
    @Test
    void aDroppedArchiveIsNotMappedAgainAndIsRemoved() throws IOException {
        Path jar = TestJars.jar(dir, "a.jar", "x/A.class", BOOTER_CLASS);
        ClassDataSharing first = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        first.start(java(), Collections.emptyList(), dir);
        first.finish(60_000);
        Path archive = published(dir.resolve("cds").resolve(first.archiveName()), new byte[] {1, 2, 3});

        ClassDataSharing sharing = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17, false);
        sharing.start(java(), Collections.emptyList(), dir);
        Path mapped = sharing.mapped();
        assertEquals(archive, mapped);
        assertFalse(sharing.dropped(mapped));
        assertFalse(sharing.dropped(null));

        assertTrue(sharing.drop(mapped), "dropped now: the caller says so");
        assertNull(sharing.mapped());
        assertEquals(Collections.emptyList(), sharing.workerOptions());
        assertTrue(sharing.dropped(mapped));
        assertFalse(Files.exists(archive) || Files.exists(ArchiveChecksum.of(archive)));
        assertFalse(sharing.drop(mapped), "dropped before: nothing more to say");
        assertFalse(sharing.training(), "no training in this run: the next one trains");
    }

    /** What a successful training publishes: the archive, then its checksum. */
    private static Path published(Path archive, byte[] content) throws IOException {
        Files.write(archive, content);
        ArchiveChecksum.write(archive, ArchiveChecksum.of(archive));
        return archive;
    }

    /**
     * The training of {@code withOnFailureFromJdk25OnTheArchiveIsAnAotCache} for real, on JDK 25 where it is
     * installed: the cache is assembled by a child JVM at the training's exit, nothing but the cache and
     * its checksum is left, and a JVM with
     * {@code -XX:AOTMode=on} (which fails rather than run without the cache) starts from it.
     */
    @Test
    void aJdk25TrainingLeavesAnAotCacheThatMaps() throws Exception {
        Path java25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(java25), "no JDK 25 at " + java25);
        Path booter = WorkerClasspath.jarOf(ClassDataSharing.TRAINING_MAIN, getClass().getClassLoader())
                .orElseThrow(AssertionError::new);
        assumeTrue(booter.toString().endsWith(".jar"), "the booter is not a jar here: " + booter);
        ClassDataSharing sharing = ClassDataSharing.plan(Collections.singletonList(booter), dir.resolve("cds"), 25, true);
        sharing.start(java25.toString(), Collections.emptyList(), dir);
        sharing.finish(120_000);
        List<String> options = sharing.workerOptions();
        assertEquals(3, options.size(), "options: " + options);
        try (Stream<Path> files = Files.list(dir.resolve("cds"))) {
            assertEquals(Arrays.asList(sharing.archiveName(), sharing.archiveName() + ArchiveChecksum.SUFFIX),
                    files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        assertNull(ArchiveChecksum.check(dir.resolve("cds").resolve(sharing.archiveName())));
        assertStartsFrom(java25.toString(), options, "-XX:AOTMode=on", booter);
    }

    /**
     * A real training JVM on the booter jar alone (no JUnit: it rehearses what it can), published the
     * moment it ends, so that workers started later in the same run map it; a JVM with -Xshare:on
     * (which fails rather than run without the archive) starts from it.
     */
    @Test
    void aTrainingThatEndsDuringTheRunServesTheWorkersStartedAfterIt() throws Exception {
        Path booter = WorkerClasspath.jarOf(ClassDataSharing.TRAINING_MAIN, getClass().getClassLoader())
                .orElseThrow(AssertionError::new);
        // a reactor build before "package" (mvn test) gives booter/target/classes, which is never archived
        assumeTrue(booter.toString().endsWith(".jar"), "the booter is not a jar here: " + booter);
        ClassDataSharing sharing = ClassDataSharing.plan(Collections.singletonList(booter), dir.resolve("cds"), 17, false);
        sharing.start(java(), Collections.emptyList(), dir);
        assertEquals(Collections.emptyList(), sharing.workerOptions(), "no archive before the training ends");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sharing.training() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<String> options = sharing.workerOptions();
        assertEquals(3, options.size(), "options: " + options);
        Path archive = dir.resolve("cds").resolve(sharing.archiveName());
        assertTrue(Files.size(archive) > 0);
        assertNull(ArchiveChecksum.check(archive), "published with its checksum");

        assertStartsFrom(java(), options, "-Xshare:on", booter);
        sharing.finish(0);
        assertTrue(Files.exists(archive), "finish keeps a published archive");
    }

    /**
     * With Surefire's stream and logger jars beside the booter, the training also rehearses a worker's
     * connection: a JVM started from the archive then maps those classes instead of loading them.
     * (Training itself, run again from the archive, is that JVM: it loads the same classes.)
     */
    @Test
    void theTrainingArchivesAWorkersConnection() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        List<Path> classpath = new ArrayList<>();
        for (String type : new String[] {ClassDataSharing.TRAINING_MAIN,
                "org.apache.maven.surefire.api.stream.AbstractStreamDecoder",
                "org.apache.maven.plugin.surefire.log.api.NullConsoleLogger"}) {
            classpath.add(WorkerClasspath.jarOf(type, loader).orElseThrow(AssertionError::new));
        }
        assumeTrue(classpath.get(0).toString().endsWith(".jar"), "the booter is not a jar here: " + classpath.get(0));
        ClassDataSharing sharing = ClassDataSharing.plan(classpath, dir.resolve("cds"), 17, false);
        sharing.start(java(), Collections.emptyList(), dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sharing.training() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(sharing.workerOptions());
        command.add("-Xshare:on");
        command.add("-Xlog:class+load=info");
        command.add("-cp");
        command.add(ClassDataSharing.join(sharing.classpath()));
        command.add(ClassDataSharing.TRAINING_MAIN);
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> loaded = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("io.github.retire.") || l.contains("org.apache.maven.surefire.api.stream."))
                .collect(Collectors.toList());
        assertEquals(0, jvm.waitFor(), String.join("\n", loaded));
        sharing.finish(0);
        for (String type : new String[] {"io.github.retire.booter.WorkerChannel", "io.github.retire.wire.FrameDecoder",
                "io.github.retire.booter.ForeignWrites", "io.github.retire.wire.PropertiesText",
                "org.apache.maven.surefire.api.stream.AbstractStreamDecoder"}) {
            assertTrue(loaded.stream().anyMatch(l -> l.contains(" " + type + " source: shared objects file")),
                    type + " was not mapped from the archive:\n" + String.join("\n", loaded));
        }
    }

    /** {@code java -version} from the options, with a switch that makes the JVM fail rather than start without its archive. */
    private static void assertStartsFrom(String java, List<String> options, String strict, Path classpath) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.add(strict);
        command.add("-cp");
        command.add(classpath.toString());
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), "a JVM with " + strict + " could not map the archive:\n" + output);
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
