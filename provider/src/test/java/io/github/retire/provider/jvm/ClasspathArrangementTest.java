package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathArrangementTest {
    @TempDir
    Path dir;

    @Test
    void jarsThatShareNoNameWithADirectoryGoFirstAndTheRestKeepsItsOrder() throws IOException {
        Path testClasses = Files.createDirectories(dir.resolve("test-classes/p"));
        Files.write(testClasses.resolve("T.class"), new byte[1]);
        Files.createDirectories(dir.resolve("test-classes/META-INF"));
        Files.write(dir.resolve("test-classes/META-INF/LICENSE"), new byte[1]);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path plain = TestJars.jar(dir, "plain.jar", "q/A.class", "META-INF/MANIFEST.MF");
        Path clashing = TestJars.jar(dir, "clashing.jar", "r/B.class", "META-INF/LICENSE");
        Path other = TestJars.jar(dir, "other.jar", "s/C.class");
        Path missing = dir.resolve("missing.jar");
        List<Path> given = Arrays.asList(dir.resolve("test-classes"), classes, plain, missing, clashing, other);

        List<Path> arranged = ClasspathArrangement.arrange(given);

        assertEquals(Arrays.asList(plain, other, dir.resolve("test-classes"), classes, missing, clashing), arranged);
    }

    @Test
    void withoutDirectoriesTheOrderStays() throws IOException {
        List<Path> given = Arrays.asList(TestJars.jar(dir, "a.jar", "x/A.class"), TestJars.jar(dir, "b.jar", "x/A.class"));
        assertEquals(given, ClasspathArrangement.arrange(given));
    }

    @Test
    void theBootersDrainConditionDoesNotKeepItBehindAUsersOwnAutodetectedExtensions() throws IOException {
        Path services = Files.createDirectories(dir.resolve("test-classes/META-INF/services"));
        Files.write(services.resolve("org.junit.jupiter.api.extension.Extension"), "p.Mine\n".getBytes(UTF_8));
        Path booter = jarWith("booter.jar", "io.github.retire.booter.DrainCondition\n");
        Path other = jarWith("other.jar", "q.Theirs\n");
        List<Path> given = Arrays.asList(dir.resolve("test-classes"), other, booter);

        assertEquals(Arrays.asList(booter, dir.resolve("test-classes"), other), ClasspathArrangement.arrange(given));
    }

    private Path jarWith(String name, String extensions) throws IOException {
        Path jar = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(ClasspathArrangement.JUPITER_EXTENSIONS));
            zip.write(extensions.getBytes(UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    @Test
    void aJarThatSharesANameStaysBehindAndTheReasonNamesTheName() throws IOException {
        Files.createDirectories(dir.resolve("classes/META-INF"));
        Files.write(dir.resolve("classes/META-INF/MANIFEST.MF"), new byte[1]);
        Path bundle = TestJars.jar(dir, "bundle.jar", "q/A.class", "META-INF/MANIFEST.MF");
        List<Path> given = Arrays.asList(dir.resolve("classes"), bundle);

        assertEquals(given, ClasspathArrangement.arrange(given));
        assertEquals("bundle.jar and a directory of the test classpath both hold META-INF/MANIFEST.MF, so it cannot"
                + " go ahead of the directories without changing what lookups find, and HotSpot archives only jars"
                + " ahead of them", ClasspathArrangement.whyBehind(bundle, given));
        assertTrue(ClasspathArrangement.holds(bundle, "q/A.class"));
        assertFalse(ClasspathArrangement.holds(bundle, "q/B.class"));
    }
}
