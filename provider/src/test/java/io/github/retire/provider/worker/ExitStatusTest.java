package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExitStatusTest {
    @Test
    void signalsAreNamed() {
        assertEquals("was killed by SIGKILL", ExitStatus.describe(137));
        assertEquals("was killed by SIGSEGV", ExitStatus.describe(139));
        assertEquals("exited with status 3", ExitStatus.describe(3));
        assertEquals("exited with status 0", ExitStatus.describe(0));
    }
}
