package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class BundleTest {
    /** The bundle's own manifest, from target/classes, comes before every jar's. */
    @Test
    void ownManifestComesFirst() throws Exception {
        URL first = getClass().getClassLoader().getResource("META-INF/MANIFEST.MF");
        assertEquals("file", first.getProtocol(), "first META-INF/MANIFEST.MF: " + first);
    }

    @Test
    void noArchiveIsMapped() throws Exception {
        assertFalse(Files.readAllLines(Paths.get("/proc/self/maps")).stream()
                .anyMatch(l -> l.contains("/retire-cds/") && l.endsWith(".jsa")), "a retire archive is mapped");
    }
}
