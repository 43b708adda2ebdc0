package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import io.github.retire.provider.fixtures.SleepForeverFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker must never outlive its supervisor, even one killed with SIGKILL (no shutdown hooks):
 * the worker notices its connection close and halts, also in the middle of a test.
 */
class OrphanTest {
    private Process supervisor;
    private ProcessHandle worker;

    @AfterEach
    void cleanUp() {
        if (supervisor != null) {
            supervisor.destroyForcibly();
        }
        if (worker != null) {
            worker.destroyForcibly();
        }
    }

    @Test
    @Timeout(60)
    void aWorkerDiesWithItsKilledSupervisor(@TempDir Path scratch) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        supervisor = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, FakeSupervisor.class.getName(), classpath, SleepForeverFixture.class.getName(),
                // the killed supervisor cannot remove its run's directory: JUnit does
                scratch.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(supervisor.getInputStream()));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("NO WORKER")) {
                fail("the fake supervisor's worker never ran its test: " + line);
            }
            if (line.startsWith("WORKER ")) {
                worker = ProcessHandle.of(Long.parseLong(line.substring(7).trim())).orElse(null);
                break;
            }
        }
        if (worker == null) {
            fail("the fake supervisor never reported a running worker");
        }
        assertTrue(worker.isAlive(), "the worker runs its sleeping test");

        supervisor.destroyForcibly().waitFor();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (worker.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(worker.isAlive(), "the worker outlived its supervisor by 10 s");
    }
}
