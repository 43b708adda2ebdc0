package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrainTest {
    private static final String JUPITER = "[engine:junit-jupiter]/[class:a.B]/[method:m()]";
    private static final String OTHER = "[engine:other]/[test:t]";

    @Test
    void aNodeLetThroughBeforeTheDrainStartsAfterIt() {
        Drain drain = new Drain(null, 0);
        assertTrue(drain.admit(JUPITER));
        drain.stop();
        assertTrue(drain.started(JUPITER), "it was running (past its condition) when the drain began");
        assertFalse(drain.admit(JUPITER + "2"), "nothing is let through once drained");
        assertFalse(drain.started(OTHER), "a node nobody let through started: its engine ignores the drain");
    }

    @Test
    void onPlatformSixTheEnginesThatHonourCancellationAreTrusted() {
        Drain drain = new Drain(Cancellation.detect(), 0);
        drain.stop();
        // detect() is null on the 1.x platform the booter is tested with: then only admitted nodes pass
        assertTrue(drain.started(JUPITER) == (Cancellation.detect() != null));
        assertFalse(drain.started(OTHER));
    }

    @Test
    void skipAfterFailureCountDrainsAtTheLastFailureAllowed() {
        Drain drain = new Drain(null, 2);
        assertFalse(drain.failed());
        assertFalse(drain.stopped());
        assertTrue(drain.failed());
        assertTrue(drain.stopped() && drain.failFast());
    }

    @Test
    void theSupervisorsCountOnlyLowersTheWorkersOwn() {
        Drain drain = new Drain(null, 3);
        drain.failuresLeft(5);
        assertFalse(drain.failed());
        drain.failuresLeft(1);
        assertTrue(drain.failed(), "another worker's failures left one: this one's was the last allowed");
        Drain told = new Drain(null, 3);
        told.failuresLeft(0);
        assertTrue(told.stopped() && told.failFast());
    }

    @Test
    void withoutALimitFailuresNeverDrain() {
        Drain drain = new Drain(null, 0);
        for (int i = 0; i < 5; i++) {
            assertFalse(drain.failed());
        }
        assertFalse(drain.stopped());
    }
}
