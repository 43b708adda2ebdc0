package io.github.retire.hardkill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.OS;

/** Each case runs the watchdog in its own JVM, since firing ends the process. */
@EnabledOnOs(OS.LINUX)
class NativeWatchdogTest {

    private static final class Outcome {
        int status;
        String out;
        String err;
    }

    private static Outcome probe(String... steps) throws Exception {
        return probe(Map.of(), steps);
    }

    private static Outcome probe(Map<String, String> environment, String... steps) throws Exception {
        return probe(environment, List.of(), steps);
    }

    private static Outcome probe(Map<String, String> environment, List<String> jvmOptions, String... steps)
            throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(Arrays.asList("-cp", classpath, WatchdogProbe.class.getName()));
        command.addAll(Arrays.asList(steps));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process p = builder.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe did not end");
        Outcome o = new Outcome();
        o.status = p.exitValue();
        o.out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        o.err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return o;
    }

    @Test
    void anArmedWatchdogEndsTheProcessWithItsStatusAndMessage() throws Exception {
        Outcome o = probe("arm:200", "sleep:3000", "say:survived");
        assertEquals(42, o.status, o.err);
        assertTrue(o.err.contains("probe watchdog fired"), o.err);
        assertFalse(o.out.contains("survived"));
    }

    @Test
    void reArmingLaterPostponesTheDeadline() throws Exception {
        Outcome o = probe("arm:300", "sleep:50", "arm:1500", "sleep:600", "say:alive after the first deadline",
                "sleep:5000", "say:survived");
        assertEquals(42, o.status, o.err);
        assertTrue(o.out.contains("alive after the first deadline"), o.out);
        assertFalse(o.out.contains("survived"));
    }

    @Test
    void reArmingEarlierBringsTheDeadlineForward() throws Exception {
        Outcome o = probe("arm:20000", "sleep:50", "arm:200", "sleep:5000", "say:survived");
        assertEquals(42, o.status, o.err);
        assertFalse(o.out.contains("survived"));
    }

    @Test
    void aDisarmedWatchdogNeverFires() throws Exception {
        Outcome o = probe("arm:200", "disarm", "sleep:800", "arm:300", "disarm", "sleep:800", "say:survived");
        assertEquals(0, o.status, o.err);
        assertTrue(o.out.contains("survived"), o.out);
        assertFalse(o.err.contains("probe watchdog fired"));
    }

    @Test
    void aWatchedParentThatLivesChangesNothing() throws Exception {
        Outcome o = probe("watch-parent", "extract-dir", "sleep:800", "say:survived");
        assertEquals(0, o.status, o.err);
        assertTrue(o.out.contains("jffi.extract.dir=null"), "left pointing at a deleted directory: " + o.out);
        assertTrue(o.out.contains("watching parent " + ProcessHandle.current().pid()), o.out);
        assertTrue(o.out.contains("survived"), o.out);
    }

    /** A jffi.extract.dir the user chose is theirs: used by jffi, and still set after loading. */
    @Test
    void aUsersExtractDirStaysAsItWas(@TempDir Path dir) throws Exception {
        Outcome o = probe(Map.of(), List.of("-Djffi.extract.dir=" + dir), "extract-dir", "say:survived");
        assertEquals(0, o.status, o.err);
        assertTrue(o.out.contains("jffi.extract.dir=" + dir + "\n"), o.out);
        assertTrue(o.out.contains("survived"), o.out);
    }

    /** A parent that died before the watch began (here: a pid that is not the parent) is gone at once. */
    @Test
    void aParentGoneBeforeTheWatchBeganEndsTheProcessAtTheFirstCheck() throws Exception {
        long notTheParent = ProcessHandle.current().pid() + 1_000_000;
        Outcome o = probe("watch-parent-of:" + notTheParent, "sleep:5000", "say:survived");
        assertEquals(43, o.status, o.err);
        assertTrue(o.err.contains("probe parent gone"), o.err);
        assertFalse(o.out.contains("survived"));
    }

    /**
     * A condition variable that is not on CLOCK_MONOTONIC (setclock failed) would take every deadline as
     * long past and spin; one that failed to initialise is undefined. Either must fail the start, so that
     * the worker says so and goes on with the Java watchdog. The failures are injected by an LD_PRELOAD
     * shim that fails those calls for our library only.
     */
    @Test
    void aConditionVariableThatCannotBeSetUpFailsTheStart(@TempDir Path dir) throws Exception {
        Path shim = dir.resolve("fail_cond.so");
        Process gcc = new ProcessBuilder("gcc", "-O2", "-Wall", "-Werror", "-fPIC", "-shared", "-o", shim.toString(),
                Paths.get("src", "test", "c", "fail_cond.c").toAbsolutePath().toString(), "-ldl")
                .redirectErrorStream(true).start();
        String said = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gcc.waitFor(60, TimeUnit.SECONDS) && gcc.exitValue() == 0, "gcc: " + said);
        for (String failing : new String[] {"setclock", "cond_init"}) {
            Outcome o = probe(Map.of("LD_PRELOAD", shim.toString(), "RH_FAIL", failing), "arm:200", "sleep:3000",
                    "say:survived");
            assertEquals(1, o.status, failing + ": " + o.err);
            assertTrue(o.err.contains("the hardkill watchdog thread did not start (error "), failing + ": " + o.err);
            assertFalse(o.err.contains("probe watchdog fired"), failing + ": " + o.err);
        }
        // The shim passes every other call through: without RH_FAIL the watchdog works as ever.
        Outcome o = probe(Map.of("LD_PRELOAD", shim.toString()), "arm:200", "sleep:3000", "say:survived");
        assertEquals(42, o.status, o.err);
    }

    /**
     * The probe's parent is a shell that exits once the probe watches it and has stalled its JVM at a
     * safepoint, so that no Java thread could notice anything. The C thread checks every 250 ms; 2 s
     * leaves room for a loaded machine.
     */
    @Test
    void aStalledProcessWhoseParentDiesIsGoneWithinTwoSeconds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String script = "\"$0\" -XX:-UseCountedLoopSafepoints -XX:LoopStripMiningIter=0 -cp \"$1\" "
                + WatchdogProbe.class.getName() + " watch-parent stall >\"$2\" 2>\"$3\" & echo $!;"
                + " for i in $(seq 600); do grep -qs stalling \"$2\" && break; sleep 0.05; done; sleep 0.5";
        // The shell's own stderr apart: its stdout must carry only the probe's pid.
        Process shell = new ProcessBuilder("sh", "-c", script, java, classpath, out.toString(), err.toString())
                .redirectError(dir.resolve("shell-err").toFile()).start();
        assertTrue(shell.waitFor(60, TimeUnit.SECONDS), "the shell did not end");
        long parentGoneAt = System.nanoTime();
        long pid = Long.parseLong(new String(shell.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim());
        try {
            String said = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
            assertTrue(said.contains("watching parent " + shell.pid()) && said.contains("stalling"), said);
            while (running(pid) && System.nanoTime() - parentGoneAt < TimeUnit.SECONDS.toNanos(10)) {
                Thread.sleep(10);
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - parentGoneAt);
            assertFalse(running(pid), "the probe outlived its parent by 10 s");
            assertTrue(ms < 2000, "the probe outlived its parent by " + ms + " ms");
            assertTrue(new String(Files.readAllBytes(err), StandardCharsets.UTF_8).contains("probe parent gone"));
            assertFalse(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).contains("not stalled"));
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Alive and not a zombie (an exited process stays in /proc until whoever adopted it reaps it). */
    private static boolean running(long pid) throws IOException {
        Path stat = Paths.get("/proc", String.valueOf(pid), "stat");
        String text;
        try {
            text = new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return false;
        }
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    @Test
    void aLibraryWhoseChecksumDoesNotMatchIsRefused() {
        byte[] bytes = "not the library that was built".getBytes(StandardCharsets.US_ASCII);
        IOException e = assertThrows(IOException.class, () -> NativeLibrary.verify(bytes,
                "0000000000000000000000000000000000000000000000000000000000000000"));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void theBuiltLibraryMatchesItsRecordedChecksum() throws Exception {
        byte[] library = getClass().getClassLoader().getResourceAsStream(NativeLibrary.RESOURCE).readAllBytes();
        String recorded = new String(getClass().getClassLoader()
                .getResourceAsStream(NativeLibrary.RESOURCE + ".sha256").readAllBytes(), StandardCharsets.US_ASCII);
        NativeLibrary.verify(library, recorded.trim());
    }

    @Test
    void theLibraryIsExtractedUnderTheScratchDirectoryGivenOwnerOnly(@TempDir Path scratch) throws Exception {
        Path dir = NativeLibrary.privateDirectory(scratch);
        assertEquals(scratch, dir.getParent());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void withoutAUsableScratchDirectoryTheLibraryGoesToTheTemporaryDirectory(@TempDir Path parent) throws Exception {
        Path dir = NativeLibrary.privateDirectory(parent.resolve("missing"));
        try {
            assertEquals(Paths.get(System.getProperty("java.io.tmpdir")), dir.getParent());
        } finally {
            Files.delete(dir);
        }
    }

    /**
     * A process killed while it loads skips the deletion of the extracted copy, so the copy must go where
     * its owner cleans up. With none of the usual places usable (java.io.tmpdir, user.dir/target,
     * user.home/.cache), the load works only if everything, ours and jffi's stub, goes to the scratch
     * directory; and that is left empty.
     */
    @Test
    void withAScratchDirectoryNothingOfTheLoadGoesElsewhereAndNothingIsLeft(@TempDir Path parent) throws Exception {
        Path scratch = Files.createDirectory(parent.resolve("scratch"));
        Path nowhere = parent.resolve("nowhere");
        Outcome o = probe(Map.of(), List.of("-Djava.io.tmpdir=" + nowhere, "-Duser.dir=" + nowhere,
                "-Duser.home=" + nowhere, "-Dprobe.scratch=" + scratch), "say:loaded");
        assertEquals(0, o.status, o.err);
        assertTrue(o.out.contains("loaded"), o.out);
        assertFalse(Files.exists(nowhere));
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.collect(Collectors.toList()));
        }
    }
}
