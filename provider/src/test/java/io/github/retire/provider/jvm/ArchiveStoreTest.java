package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {
    @TempDir
    Path dir;

    @Test
    void theArchivesNameIsTheKeyOfItsJvmOptionsAndJars() throws IOException {
        ArchiveStore store = new ArchiveStore(dir.resolve("cds"));
        Path jar = TestJars.jar(dir, "a.jar", "x/A.class");
        Path archive = store.archive("java", List.of("-Xmx1g"), List.of(jar), false);
        assertTrue(Files.isDirectory(dir.resolve("cds")), "made when first asked");
        assertEquals(dir.resolve("cds"), archive.getParent());
        assertTrue(archive.getFileName().toString().matches("[0-9a-f]{24}\\.jsa"), archive.toString());
        assertEquals(archive, store.archive("java", List.of("-Xmx1g"), List.of(jar), false));
        assertEquals(archive.getFileName().toString().replace(".jsa", ".aot"),
                store.archive("java", List.of("-Xmx1g"), List.of(jar), true).getFileName().toString());
        assertNotEquals(archive, store.archive("java", List.of("-Xmx2g"), List.of(jar), false));
        assertNotEquals(archive, store.archive("other/java", List.of("-Xmx1g"), List.of(jar), false));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 5_000));
        assertNotEquals(archive, store.archive("java", List.of("-Xmx1g"), List.of(jar), false), "a jar changed");
    }

    /** Published: the archive and its checksum, which checks; nothing pending is left. */
    @Test
    void publishingMovesThePendingArchiveWithItsChecksum() throws IOException {
        ArchiveStore store = new ArchiveStore(Files.createDirectories(dir.resolve("cds")));
        Path archive = dir.resolve("cds").resolve("k.jsa");
        Path pending = store.pending(archive);
        assertTrue(pending.getFileName().toString().startsWith("k.jsa.") && pending.toString().endsWith(".tmp"));
        Files.write(pending, new byte[] {1, 2, 3});
        store.publish(pending, archive);
        assertEquals(List.of("k.jsa", "k.jsa" + ArchiveChecksum.SUFFIX), names());
        assertNull(ArchiveChecksum.check(archive));

        ArchiveStore.delete(archive);
        assertEquals(List.of(), names());
    }

    /** Each publication keeps the newest few archives and clears checksums without archives and old leftovers. */
    @Test
    void publishingPrunesOldArchivesAndLeftovers() throws IOException {
        Path cds = Files.createDirectories(dir.resolve("cds"));
        ArchiveStore store = new ArchiveStore(cds);
        long now = System.currentTimeMillis();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path old = cds.resolve("old" + i + ".jsa");
            Files.write(old, new byte[] {1});
            ArchiveChecksum.write(old, ArchiveChecksum.of(old));
            Files.setLastModifiedTime(old, FileTime.fromMillis(now - TimeUnit.MINUTES.toMillis(10 - i)));
            if (i >= 3) {
                expected.add(old.getFileName().toString());
                expected.add(old.getFileName() + ArchiveChecksum.SUFFIX);
            }
        }
        Files.write(cds.resolve("gone.jsa" + ArchiveChecksum.SUFFIX), new byte[] {1});
        Path staleTmp = Files.write(cds.resolve("x.jsa.1.tmp"), new byte[] {1});
        Files.setLastModifiedTime(staleTmp, FileTime.fromMillis(now - TimeUnit.HOURS.toMillis(2)));
        Path staleConfig = Files.write(cds.resolve("x.aot.1.tmp.config"), new byte[] {1});
        Files.setLastModifiedTime(staleConfig, FileTime.fromMillis(now - TimeUnit.HOURS.toMillis(2)));
        Files.write(cds.resolve("y.jsa.2.tmp"), new byte[] {1}); // another run's training, still going
        expected.add("y.jsa.2.tmp");

        Path archive = cds.resolve("new.jsa");
        Path pending = store.pending(archive);
        Files.write(pending, new byte[] {4});
        store.publish(pending, archive);
        expected.add("new.jsa");
        expected.add("new.jsa" + ArchiveChecksum.SUFFIX);
        assertEquals(expected.stream().sorted().collect(Collectors.toList()), names());
        assertFalse(Files.exists(ArchiveStore.pendingChecksum(pending)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cds"))) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
