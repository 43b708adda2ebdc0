package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.retire.provider.worker.WorkerLauncher;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ScratchDirectoryTest {
    private static final long PID = 4242;
    private static final long START = 1_700_000_000_000L;
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path build;

    private final ScratchDirectory.Owner self = new ScratchDirectory.Owner("host-a", "boot-1", "pid:[1]", 1, 5);

    @Test
    void aRunRemovesWhatKilledRunsLeftAndNothingElse() throws IOException {
        Path runs = Files.createDirectories(build.resolve(ScratchDirectory.DIRECTORY));
        ScratchDirectory.Owner me = ScratchDirectory.Owner.current();
        long dead = deadPid();
        Path abandoned = run(runs, new ScratchDirectory.Owner(me.host, me.boot, me.pidNamespace, dead, START));
        Files.write(abandoned.resolve("worker-1.properties"), new byte[1]);
        Path live = run(runs, me);
        Path foreign = Files.createDirectories(runs.resolve("notes"));

        Path mine = ScratchDirectory.create(build);

        assertFalse(Files.exists(abandoned), "a dead supervisor's directory stays");
        assertTrue(Files.isDirectory(live));
        assertTrue(Files.isDirectory(foreign));
        assertTrue(Files.isDirectory(mine));
        assertTrue(mine.getFileName().toString().startsWith(ProcessHandle.current().pid() + "-"));
        ScratchDirectory.Owner recorded = ScratchDirectory.Owner.read(mine.resolve(ScratchDirectory.OWNER_FILE));
        assertEquals(me.text(), recorded.text());
    }

    @Test
    void aDeadSupervisorOfThisMachineAndNamespaceIsGone() throws IOException {
        assertTrue(abandoned(owned(PID, START), pid -> ScratchDirectory.NO_PROCESS));
    }

    @Test
    void aLiveSupervisorKeepsItsDirectory() throws IOException {
        assertFalse(abandoned(owned(PID, START), pid -> START));
        assertFalse(abandoned(owned(PID, START), pid -> ScratchDirectory.UNKNOWN_START));
    }

    @Test
    void aReusedPidIsAnotherProcess() throws IOException {
        assertTrue(abandoned(owned(PID, START), pid -> START + 10));
    }

    /** What the pid-only test removed: another host's, boot's or namespace's run, whose pid is not here. */
    @Test
    void aRunOfAnotherHostBootOrPidNamespaceIsNotJudgedByItsPid() throws IOException {
        LongUnaryOperator none = pid -> ScratchDirectory.NO_PROCESS;
        Path runs = Files.createDirectories(build.resolve("runs"));
        assertFalse(abandoned(run(runs, new ScratchDirectory.Owner("host-b", "boot-1", "pid:[1]", PID, START)), none));
        assertFalse(abandoned(run(runs, new ScratchDirectory.Owner("host-a", "boot-2", "pid:[1]", PID, START)), none));
        assertFalse(abandoned(run(runs, new ScratchDirectory.Owner("host-a", "boot-1", "pid:[2]", PID, START)), none));
    }

    @Test
    void aRunWithoutAReadableRecordIsLeftUnlessOld() throws IOException {
        LongUnaryOperator none = pid -> ScratchDirectory.NO_PROCESS;
        Path runs = Files.createDirectories(build.resolve("runs"));
        Path unrecorded = Files.createDirectories(runs.resolve(PID + "-1"));
        Path garbled = Files.createDirectories(runs.resolve(PID + "-2"));
        Files.write(garbled.resolve(ScratchDirectory.OWNER_FILE), "pid=x\n".getBytes(StandardCharsets.UTF_8));
        // a record that names another pid than the directory: copied from elsewhere, not this run's
        Path otherPid = Files.createDirectories(runs.resolve(PID + "-3"));
        Files.write(otherPid.resolve(ScratchDirectory.OWNER_FILE), new ScratchDirectory.Owner("host-a", "boot-1",
                "pid:[1]", PID + 1, START).text().getBytes(StandardCharsets.UTF_8));
        for (Path run : new Path[] {unrecorded, garbled, otherPid}) {
            touch(run, NOW.minus(ScratchDirectory.UNSURE_AFTER).plus(Duration.ofHours(1)));
            assertFalse(abandoned(run, none), run.toString());
            touch(run, NOW.minus(ScratchDirectory.UNSURE_AFTER).minus(Duration.ofHours(1)));
            assertTrue(abandoned(run, none), run.toString());
        }
    }

    @Test
    void anOldRunOfAnotherHostIsRemoved() throws IOException {
        Path runs = Files.createDirectories(build.resolve("runs"));
        Path foreign = run(runs, new ScratchDirectory.Owner("host-b", "boot-1", "pid:[1]", PID, START));
        touch(foreign, NOW.minus(Duration.ofDays(30)));
        assertTrue(abandoned(foreign, pid -> START));
    }

    @Test
    void aSystemThatCannotTellItsNamespaceJudgesNothingByPid() throws IOException {
        ScratchDirectory.Owner blind = new ScratchDirectory.Owner("host-a", null, null, 1, 5);
        Path dir = owned(PID, START);
        assertFalse(ScratchDirectory.abandoned(dir, blind, pid -> ScratchDirectory.NO_PROCESS, NOW));
    }

    @Test
    void namesThatAreNotRunsAreLeftAlone() throws IOException {
        Path notes = Files.createDirectories(build.resolve("notes"));
        touch(notes, NOW.minus(Duration.ofDays(30)));
        assertFalse(abandoned(notes, pid -> ScratchDirectory.NO_PROCESS));
    }

    /**
     * The directory is owner-only, and so is every file retire writes into it: the launcher's argument file,
     * a worker's configuration (with its secret) and journal, the owner record.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everythingInTheScratchDirectoryIsTheOwnersOnly() throws Exception {
        Path scratch = ScratchDirectory.create(build);
        try (WorkerLauncher launcher = new WorkerLauncher(scratch, ClassDataSharing.off(Collections.emptyList()),
                new Properties(), event -> { }, new NullConsoleLogger(), null, false)) {
            launcher.start(false);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(scratch)));
            List<String> modes;
            try (Stream<Path> files = Files.list(scratch)) {
                modes = files.sorted().map(f -> f.getFileName() + " " + mode(f)).collect(Collectors.toList());
            }
            assertEquals(List.of("classpath.args rw-------", "journal-1 rw-------", "owner rw-------",
                    "worker-1.properties rw-------"), modes);
        }
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean abandoned(Path run, LongUnaryOperator starts) {
        return ScratchDirectory.abandoned(run, self, starts, NOW);
    }

    /** A fresh directory of a run of this host, boot and namespace. */
    private Path owned(long pid, long start) throws IOException {
        Path runs = Files.createDirectories(build.resolve("runs"));
        return run(runs, new ScratchDirectory.Owner(self.host, self.boot, self.pidNamespace, pid, start));
    }

    private static Path run(Path runs, ScratchDirectory.Owner owner) throws IOException {
        Path run = Files.createTempDirectory(runs, owner.pid + "-");
        Files.write(run.resolve(ScratchDirectory.OWNER_FILE), owner.text().getBytes(StandardCharsets.UTF_8));
        touch(run, NOW.minus(Duration.ofMinutes(5)));
        return run;
    }

    private static void touch(Path run, Instant when) throws IOException {
        Files.setLastModifiedTime(run, FileTime.from(when));
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (!ProcessHandle.of(pid).isPresent()) {
                return pid;
            }
        }
    }
}
