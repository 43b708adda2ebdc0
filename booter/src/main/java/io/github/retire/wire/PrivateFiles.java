package io.github.retire.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files retire writes into a run's private directory (worker configurations with their secrets,
 * journals, argument files): readable by their owner only. The directory is already owner-only, but a
 * file keeps its mode when it is moved out or the directory's mode is changed, and a reader that finds
 * {@code rw-r--r--} has to check why it is safe. Where the file system has no POSIX permissions,
 * nothing is changed.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_READ_WRITE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private PrivateFiles() {
    }

    /** As {@link Files#write(Path, byte[], OpenOption...)}, with a file created (or left) mode 0600. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        boolean posix = posix(file);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, attributes)) {
            if (posix) {
                // The mode above applies only to a file that did not exist yet: an existing one is narrowed
                // before the secret goes in, not after.
                Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
