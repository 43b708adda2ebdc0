package io.github.retire.hardkill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
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
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(Arrays.asList(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                WatchdogProbe.class.getName()));
        command.addAll(Arrays.asList(steps));
        Process p = new ProcessBuilder(command).start();
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
}
