package io.github.retire.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import org.junit.jupiter.api.Test;

class PipeBarrierTest {
    private static Frame<EventType> sync(int n) {
        return Frame.of(EventType.NATIVE_SYNC, n);
    }

    private static Frame<EventType> done(String c) {
        return Frame.of(EventType.CLASS_DONE, null, c);
    }

    @Test
    void eventsWaitUntilBothPipesDeliveredTheMarker() {
        PipeBarrier barrier = new PipeBarrier();
        assertFalse(barrier.admit(sync(1)));
        assertFalse(barrier.admit(done("a")));
        assertFalse(barrier.admit(sync(2)));
        assertFalse(barrier.admit(done("b")));
        assertEquals(List.of(), barrier.pipeReached(true, 1));
        List<Frame<EventType>> released = barrier.pipeReached(false, 1);
        assertEquals(1, released.size());
        assertEquals("a", released.get(0).string(0));
        assertEquals(List.of(), barrier.pipeReached(false, 2));
        assertEquals("b", barrier.pipeReached(true, 2).get(0).string(0));
        assertTrue(barrier.admit(done("c")));
    }

    @Test
    void markersThatArriveFirstLetEventsStraightThrough() {
        PipeBarrier barrier = new PipeBarrier();
        barrier.pipeReached(true, 1);
        barrier.pipeReached(false, 1);
        assertFalse(barrier.admit(sync(1)));
        assertTrue(barrier.admit(done("a")));
    }

    @Test
    void closedPipesReleaseEverything() {
        PipeBarrier barrier = new PipeBarrier();
        barrier.admit(sync(1));
        barrier.admit(done("a"));
        barrier.admit(sync(2));
        barrier.admit(done("b"));
        assertEquals(List.of(), barrier.pipeClosed(true));
        assertEquals(2, barrier.pipeClosed(false).size());
    }
}
