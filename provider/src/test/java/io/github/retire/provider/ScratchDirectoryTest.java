package io.github.retire.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchDirectoryTest {
    @TempDir
    Path build;

    @Test
    void aRunRemovesWhatKilledRunsLeftAndNothingElse() throws IOException {
        Path runs = Files.createDirectories(build.resolve(ScratchDirectory.DIRECTORY));
        long dead = deadPid();
        Path abandoned = Files.createDirectories(runs.resolve(dead + "-123"));
        Files.write(abandoned.resolve("worker-1.properties"), new byte[1]);
        Path live = Files.createDirectories(runs.resolve(ProcessHandle.current().pid() + "-456"));
        Path foreign = Files.createDirectories(runs.resolve("notes"));

        Path mine = ScratchDirectory.create(build);

        assertFalse(Files.exists(abandoned), "a dead supervisor's directory stays");
        assertTrue(Files.isDirectory(live));
        assertTrue(Files.isDirectory(foreign));
        assertTrue(Files.isDirectory(mine));
        assertTrue(mine.getFileName().toString().startsWith(ProcessHandle.current().pid() + "-"));
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (!ProcessHandle.of(pid).isPresent()) {
                return pid;
            }
        }
    }
}
