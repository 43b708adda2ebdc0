package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.apiguardian.api.API;

/**
 * The size and CRC-32C of a class-data archive, in a file beside it ({@code <archive>.crc}, one line
 * "{@code <size> <crc in hex>}"), written when the archive is published and checked by the next runs
 * before any worker maps it (see {@link ClassDataSharing}).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ArchiveChecksum {
    static final String SUFFIX = ".crc";

    private ArchiveChecksum() {
    }

    /** The checksum file of this archive. */
    public static Path of(Path archive) {
        return Paths.get(archive + SUFFIX);
    }

    /**
     * Why an archive may not be mapped: its checksum file is missing (an archive of an older retire, or
     * one published half-way) or unreadable, or its size or CRC-32C differ from those written at
     * publication; null when it matches.
     */
    static String check(Path archive) {
        List<String> fields;
        try {
            fields = Arrays.asList(new String(Files.readAllBytes(of(archive)), StandardCharsets.UTF_8)
                    .trim().split(" "));
        } catch (NoSuchFileException e) {
            return "has no checksum beside it (made by an older retire?), so it is unverified";
        } catch (IOException e) {
            return "has a checksum that cannot be read (" + e + ")";
        }
        try {
            long size = Files.size(archive);
            if (fields.size() != 2) {
                return "has a malformed checksum beside it";
            }
            if (size != Long.parseLong(fields.get(0))) {
                return "is damaged (" + size + " bytes where " + fields.get(0) + " were published)";
            }
            return crc(archive) == Long.parseLong(fields.get(1), 16) ? null : "is damaged (checksum)";
        } catch (NumberFormatException e) {
            return "has a malformed checksum beside it";
        } catch (IOException e) {
            return "cannot be read (" + e + ")";
        }
    }

    /** CRC-32C, which the JDK computes with the CPU's own instruction where there is one. */
    static long crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel in = FileChannel.open(file)) {
            while (in.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }

    /** Writes the checksum of {@code archive} to {@code to}. */
    public static void write(Path archive, Path to) throws IOException {
        Files.write(to, (Files.size(archive) + " " + Long.toHexString(crc(archive)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
