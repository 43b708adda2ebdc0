package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class StartupGuardTest {
    @Test
    void progressBetweenFailuresStartsTheCountAgain() {
        StartupGuard guard = new StartupGuard(2);
        guard.failed("one");
        guard.progressMade();
        guard.failed("two");
        assertFalse(guard.exhausted());
        guard.failed("three");
        assertTrue(guard.exhausted());
    }

    @Test
    void theReasonToGiveUpIsFixedTheFirstTimeItIsAskedFor() {
        StartupGuard guard = new StartupGuard(1);
        guard.failed("first");
        StartupGuard.GiveUp first = guard.giveUp();
        guard.failed("second");
        StartupGuard.GiveUp later = guard.giveUp();
        assertEquals(1, later.failures);
        assertEquals("first", later.output);
        assertEquals(first, later);
    }

    @Test
    void aWorkerThatCannotBeLaunchedExhaustsTheGuardAndSaysWhy() {
        StartupGuard guard = new StartupGuard(3);
        StartupGuard.GiveUp why = guard.launchFailed(new IOException("no java"));
        assertTrue(guard.exhausted());
        assertEquals(3, why.failures);
        assertEquals("java.io.IOException: no java", why.output);
    }
}
