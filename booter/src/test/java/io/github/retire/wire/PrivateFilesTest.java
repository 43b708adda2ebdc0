package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files with a worker's secret in them are its owner's only, whether they existed before or not. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsTheOwnersOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("config");
        PrivateFiles.write(file, "secret=1".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals("secret=1".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void anExistingFileReadableByOthersIsNarrowedAndReplaced() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("config");
        Files.write(file, "an older and longer content".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.write(file, "secret=2".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals("secret=2".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }
}
