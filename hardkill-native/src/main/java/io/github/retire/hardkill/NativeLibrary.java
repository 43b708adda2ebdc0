package io.github.retire.hardkill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.kenai.jffi.Library;

/**
 * Safe loading of our .so through jffi. The library is written to a fresh private directory (mode
 * 0700, unpredictable name; the file 0600), never to a fixed path another local user could plant. Its
 * SHA-256 must match the one recorded when it was built. It is deleted once mapped, so nothing is left
 * behind after an {@code _exit}. A process killed between writing and deleting it leaves it, though: so
 * a caller that owns a scratch directory which someone else cleans up (a retire worker: its run's
 * private directory under {@code target/}) names it, and the fresh directory is made there, not in
 * {@code java.io.tmpdir}. jffi's own stub goes to the same directory, unless the user chose another
 * place for it, and that directory must not be on a noexec mount.
 */
final class NativeLibrary {
    static final String RESOURCE = "META-INF/native/linux-x86_64/libretire_hardkill.so";

    private NativeLibrary() {
    }

    /** {@link #load(Path)} with no scratch directory of the caller's. */
    static Library load() throws IOException {
        return load(null);
    }

    /**
     * @param scratch where to make the fresh directory first (if it is a writable directory on an exec
     *                mount); null, or unusable: {@code java.io.tmpdir} and the other usual places
     */
    static Library load(Path scratch) throws IOException {
        if (!"linux".equals(os()) || !"amd64".equals(System.getProperty("os.arch"))) {
            throw new IOException("no hardkill library for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + " (only linux-x86_64 is built)");
        }
        byte[] library = resource(RESOURCE);
        verify(library, new String(resource(RESOURCE + ".sha256"), StandardCharsets.US_ASCII).trim());
        Path dir = privateDirectory(scratch);
        try {
            Path file = dir.resolve("libretire_hardkill.so");
            writePrivate(file, library);
            // jffi reads it once, when it loads its stub, here; left set, it would name a deleted directory
            // (one another local user could re-create) to the tests and to a jffi of their own.
            boolean ours = System.getProperty("jffi.extract.dir") == null;
            if (ours) {
                System.setProperty("jffi.extract.dir", dir.toString());
            }
            Library loaded;
            try {
                loaded = Library.openLibrary(file.toString(), Library.NOW | Library.LOCAL);
            } catch (LinkageError e) {
                throw new IOException("jffi could not load its native stub (" + e.getMessage() + "); if "
                        + "java.io.tmpdir is mounted noexec, set -Djffi.extract.dir to an exec-mounted directory", e);
            } finally {
                if (ours) {
                    System.clearProperty("jffi.extract.dir");
                }
            }
            if (loaded == null) {
                throw new IOException("cannot load " + file + ": " + Library.getLastError());
            }
            return loaded;
        } finally {
            deleteTree(dir);
        }
    }

    /** Throws unless the bytes have the expected SHA-256 (lower-case hex). */
    static void verify(byte[] bytes, String expectedSha256) throws IOException {
        String actual;
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                hex.append(String.format(Locale.ROOT, "%02x", b));
            }
            actual = hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        if (!actual.equals(expectedSha256)) {
            throw new IOException("the hardkill library's checksum " + actual + " does not match the one recorded"
                    + " at build time, " + expectedSha256 + "; refusing to load it");
        }
    }

    /** A fresh 0700 directory on the first candidate location that is not mounted noexec. */
    static Path privateDirectory(Path scratch) throws IOException {
        List<Path> candidates = new ArrayList<>();
        if (scratch != null) {
            candidates.add(scratch);
        }
        candidates.add(Paths.get(System.getProperty("java.io.tmpdir")));
        candidates.add(Paths.get(System.getProperty("user.dir"), "target"));
        candidates.add(Paths.get(System.getProperty("user.home"), ".cache"));
        List<String> refused = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isDirectory(candidate) || !Files.isWritable(candidate)) {
                refused.add(candidate + " (not a writable directory)");
            } else if (Mounts.isNoExec(candidate)) {
                refused.add(candidate + " (mounted noexec)");
            } else {
                // createTempDirectory: owner-only permissions, random name
                return Files.createTempDirectory(candidate, "retire-hardkill-");
            }
        }
        throw new IOException("no place to put the native library: " + String.join(", ", refused));
    }

    /** Created 0600 where the file system has POSIX modes: no moment with the umask's mode. */
    private static void writePrivate(Path file, byte[] bytes) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(file, bytes);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NativeLibrary.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the retire-hardkill jar");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: an empty private directory is all that can remain
        }
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }
}
