package io.github.retire.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    @TempDir
    Path dir;

    @Test
    void jarsThatShareNoNameWithADirectoryGoFirstAndTheRestKeepsItsOrder() throws IOException {
        Path testClasses = Files.createDirectories(dir.resolve("test-classes/p"));
        Files.write(testClasses.resolve("T.class"), new byte[1]);
        Files.createDirectories(dir.resolve("test-classes/META-INF"));
        Files.write(dir.resolve("test-classes/META-INF/LICENSE"), new byte[1]);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path plain = jar("plain.jar", "q/A.class", "META-INF/MANIFEST.MF");
        Path clashing = jar("clashing.jar", "r/B.class", "META-INF/LICENSE");
        Path other = jar("other.jar", "s/C.class");
        Path missing = dir.resolve("missing.jar");
        List<Path> given = Arrays.asList(dir.resolve("test-classes"), classes, plain, missing, clashing, other);

        List<Path> arranged = ClassDataSharing.arrange(given);

        assertEquals(Arrays.asList(plain, other, dir.resolve("test-classes"), classes, missing, clashing), arranged);
    }

    @Test
    void withoutDirectoriesTheOrderStays() throws IOException {
        List<Path> given = Arrays.asList(jar("a.jar", "x/A.class"), jar("b.jar", "x/A.class"));
        assertEquals(given, ClassDataSharing.arrange(given));
    }

    @Test
    void offBeforeJdk13AndWithoutAPlaceToKeepArchives() throws IOException {
        List<Path> given = Arrays.asList(Files.createDirectories(dir.resolve("test-classes")), jar("a.jar", "x/A.class"));
        Files.write(dir.resolve("test-classes/T.class"), new byte[1]);
        assertEquals(given, ClassDataSharing.plan(given, dir.resolve("cds"), 11).classpath());
        assertEquals(given, ClassDataSharing.plan(given, null, 17).classpath());
        ClassDataSharing on = ClassDataSharing.plan(given, dir.resolve("cds"), 17);
        assertEquals(Arrays.asList(given.get(1), given.get(0)), on.classpath());
    }

    @Test
    void theUsersOwnSharingOptionsWin() throws IOException {
        ClassDataSharing sharing = ClassDataSharing.plan(Collections.singletonList(jar("a.jar", "x/A.class")),
                dir.resolve("cds"), 17);
        assertEquals(Collections.emptyList(), sharing.start(java(), Arrays.asList("-Xmx1g", "-Xshare:off"), dir));
        assertFalse(sharing.training());
        assertFalse(Files.exists(dir.resolve("cds")));
    }

    @Test
    void aFailedTrainingLeavesNothingAndTheNextRunTriesAgain() throws IOException {
        // the jar has no Training class: the training JVM fails at once
        ClassDataSharing sharing = ClassDataSharing.plan(Collections.singletonList(jar("a.jar", "x/A.class")),
                dir.resolve("cds"), 17);
        assertEquals(Collections.emptyList(), sharing.start(java(), Collections.emptyList(), dir));
        sharing.finish(60_000);
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("cds"))) {
            assertEquals(Collections.emptyList(), files.collect(java.util.stream.Collectors.toList()));
        }
        ClassDataSharing again = ClassDataSharing.plan(Collections.singletonList(dir.resolve("a.jar")),
                dir.resolve("cds"), 17);
        assertEquals(Collections.emptyList(), again.start(java(), Collections.emptyList(), dir));
        assertTrue(again.training() || Files.exists(dir.resolve("training.args")));
        again.finish(60_000);
    }

    @Test
    void anArchiveForTheSameKeyIsMappedQuietly() throws IOException {
        Path jar = jar("a.jar", "x/A.class");
        ClassDataSharing first = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17);
        first.start(java(), Collections.singletonList("-Xmx1g"), dir);
        first.finish(60_000);
        // stand in for what a successful training publishes
        Path archive = dir.resolve("cds").resolve(first.archiveName());
        Files.write(archive, new byte[] {1});

        ClassDataSharing second = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17);
        List<String> options = second.start(java(), Collections.singletonList("-Xmx1g"), dir);
        assertEquals(Arrays.asList("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=" + archive),
                options);
        assertFalse(second.training());

        // other JVM options make another key
        ClassDataSharing third = ClassDataSharing.plan(Collections.singletonList(jar), dir.resolve("cds"), 17);
        assertEquals(Collections.emptyList(), third.start(java(), Collections.singletonList("-Xmx2g"), dir));
        third.finish(0);
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
