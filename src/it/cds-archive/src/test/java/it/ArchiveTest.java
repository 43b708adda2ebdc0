package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArchiveTest {
    /** Records, for verify.groovy, which kind of retire archive this JVM mapped: jsa, aot, or none. */
    @Test
    void recordsWhetherTheArchiveIsMapped() throws Exception {
        String mapped = Files.readAllLines(Paths.get("/proc/self/maps")).stream()
                .filter(l -> l.contains("/retire-cds/") && (l.endsWith(".jsa") || l.endsWith(".aot")))
                .map(l -> l.substring(l.length() - 3))
                .findFirst().orElse("none");
        Path records = Paths.get("target", "cds-records");
        Files.createDirectories(records);
        Files.write(records.resolve(System.currentTimeMillis() + "-" + ProcessHandle.current().pid() + ".txt"),
                mapped.getBytes(StandardCharsets.UTF_8));
    }

    /** opentest4j and apiguardian hold META-INF/LICENSE too: test-classes still comes first, as in Surefire's order. */
    @Test
    void testClassesShadowTheJars() throws Exception {
        URL first = getClass().getClassLoader().getResource("META-INF/LICENSE");
        assertEquals("file", first.getProtocol(), "first META-INF/LICENSE: " + first);
        try (InputStream in = first.openStream()) {
            assertEquals("test-classes wins over the jars", new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        List<URL> all = Collections.list(getClass().getClassLoader().getResources("META-INF/LICENSE"));
        assertTrue(all.size() >= 3, "opentest4j and apiguardian hold one too: " + all);
    }

    /** Tests see java.class.path in Surefire's order: test-classes, classes, then the dependencies. */
    @Test
    void classPathPropertyKeepsSurefiresOrder() {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        assertTrue(entries[0].endsWith("test-classes"), "first entry: " + entries[0]);
        assertTrue(entries[1].endsWith("classes"), "second entry: " + entries[1]);
    }
}
