package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;

import io.github.retire.wire.PrivateFiles;
import org.apiguardian.api.API;

/**
 * The private directory of one run: worker configurations, journals, argument files. The launcher
 * deletes it at the end; a build killed with SIGKILL cannot, so runs live under the build directory
 * ({@code target/retire-work/<pid>-<random>}), where the next run removes those whose supervisor is
 * gone and {@code mvn clean} removes the rest. Without a build directory, the system temp directory.
 *
 * <p>A pid alone does not say whether a run is gone: a workspace may be shared by hosts (a network
 * file system) or by containers (each its own pid namespace), where the pid names another process or
 * none at all while the run lives on. So each directory records its supervisor's {@link Owner}, and a
 * run removes another's directory only when that owner is provably gone: same host, same boot, same
 * pid namespace, and no process with that pid and start time. When it cannot tell (another machine or
 * namespace, no record yet, a record it cannot read) it leaves the directory, unless it was last
 * changed more than {@link #UNSURE_AFTER} ago: no build runs that long, and leftovers must not pile up
 * for ever in a shared workspace whose other users never run again.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ScratchDirectory {
    static final String DIRECTORY = "retire-work";
    static final String OWNER_FILE = "owner";
    static final Duration UNSURE_AFTER = Duration.ofDays(7);
    /** From {@code starts}: no process has the pid. */
    static final long NO_PROCESS = Long.MIN_VALUE;
    /** From {@code starts}: a process has the pid, its start time is not known. */
    static final long UNKNOWN_START = -1;

    private ScratchDirectory() {
    }

    public static Path create(Path buildDirectory) throws IOException {
        if (buildDirectory == null) {
            return Files.createTempDirectory("retire-");
        }
        Path runs = Files.createDirectories(buildDirectory.resolve(DIRECTORY));
        Owner self = Owner.current();
        removeAbandoned(runs, self, ScratchDirectory::startOf, Instant.now());
        // createTempDirectory: owner-only (0700) where permissions are POSIX, unpredictable name
        Path run = Files.createTempDirectory(runs, self.pid + "-");
        PrivateFiles.write(run.resolve(OWNER_FILE), self.text().getBytes(StandardCharsets.UTF_8));
        return run;
    }

    /**
     * Removes the directories under {@code runs} that {@link #abandoned} says are.
     *
     * @param starts a pid's process start time in epoch ms, {@link #NO_PROCESS} or {@link #UNKNOWN_START}
     */
    static void removeAbandoned(Path runs, Owner self, LongUnaryOperator starts, Instant now) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs)) {
            for (Path run : entries) {
                if (abandoned(run, self, starts, now)) {
                    delete(run);
                }
            }
        } catch (IOException ignored) {
            // best effort: leftovers are small, and mvn clean takes them
        }
    }

    static boolean abandoned(Path run, Owner self, LongUnaryOperator starts, Instant now) {
        String name = run.getFileName().toString();
        int dash = name.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
        } catch (NumberFormatException e) {
            return false; // not ours
        }
        if (!Files.isDirectory(run)) {
            return false;
        }
        Owner owner = Owner.read(run.resolve(OWNER_FILE));
        if (owner != null && owner.pid == pid && self.sameNamespace(owner)) {
            long start = starts.applyAsLong(pid);
            return start == NO_PROCESS || (start != UNKNOWN_START && owner.start != UNKNOWN_START
                    && start != owner.start);
        }
        // Another machine or pid namespace, or a run that has not written its record yet: not ours to judge.
        try {
            return Files.getLastModifiedTime(run).toInstant().isBefore(now.minus(UNSURE_AFTER));
        } catch (IOException e) {
            return false;
        }
    }

    private static long startOf(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> p.info().startInstant().map(Instant::toEpochMilli).orElse(UNKNOWN_START))
                .orElse(NO_PROCESS);
    }

    public static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    /**
     * Who made a run's directory: where a pid means the same process. Fields this system cannot tell
     * are null (boot and pid namespace outside Linux), and then two owners are never the same.
     */
    static final class Owner {
        final String host;
        final String boot;
        final String pidNamespace;
        final long pid;
        /** The process's start, epoch ms, or {@link #UNKNOWN_START}. */
        final long start;

        Owner(String host, String boot, String pidNamespace, long pid, long start) {
            this.host = host;
            this.boot = boot;
            this.pidNamespace = pidNamespace;
            this.pid = pid;
            this.start = start;
        }

        static Owner current() {
            boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
            String host = linux ? firstLine(Paths.get("/proc/sys/kernel/hostname")) : System.getenv("COMPUTERNAME");
            String boot = linux ? firstLine(Paths.get("/proc/sys/kernel/random/boot_id")) : null;
            String namespace = null;
            if (linux) {
                try {
                    namespace = Files.readSymbolicLink(Paths.get("/proc/self/ns/pid")).toString();
                } catch (IOException | RuntimeException e) {
                    // no /proc: unknown
                }
            }
            // Outside Linux, no pid namespaces to mind, and no boot id: the host name stands for both.
            if (!linux && host != null) {
                boot = "";
                namespace = "";
            }
            ProcessHandle self = ProcessHandle.current();
            return new Owner(host, boot, namespace, self.pid(),
                    self.info().startInstant().map(Instant::toEpochMilli).orElse(UNKNOWN_START));
        }

        /** Same host, boot and pid namespace, all known. */
        boolean sameNamespace(Owner other) {
            return host != null && boot != null && pidNamespace != null && host.equals(other.host)
                    && boot.equals(other.boot) && pidNamespace.equals(other.pidNamespace);
        }

        String text() {
            return "host=" + escape(host) + "\nboot=" + escape(boot) + "\npidNamespace=" + escape(pidNamespace)
                    + "\npid=" + pid + "\nstart=" + start + "\n";
        }

        /** Null when the file is missing, unreadable or incomplete. */
        static Owner read(Path file) {
            try {
                Properties p = new Properties();
                p.load(new StringReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
                String host = p.getProperty("host");
                String boot = p.getProperty("boot");
                String namespace = p.getProperty("pidNamespace");
                if (host == null || boot == null || namespace == null || host.isEmpty()) {
                    return null;
                }
                return new Owner(host, boot, namespace, Long.parseLong(p.getProperty("pid", "")),
                        Long.parseLong(p.getProperty("start", "")));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** As a properties file value. */
        private static String escape(String value) {
            return value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        }

        private static String firstLine(Path file) {
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
                return text.isEmpty() ? null : text;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
