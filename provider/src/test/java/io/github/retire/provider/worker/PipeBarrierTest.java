package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.github.retire.provider.report.Holding;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import org.junit.jupiter.api.Test;

class PipeBarrierTest {
    private final List<String> seen = new ArrayList<>();
    private final PipeBarrier.Sink sink = new PipeBarrier.Sink() {
        @Override
        public void frame(Frame<EventType> frame) {
            seen.add(frame.type() == EventType.TEST_STARTING ? "start " + frame.string(3) : "end " + frame.string(3));
        }

        @Override
        public void line(boolean stdout, String text) {
            seen.add((stdout ? "out " : "err ") + text);
        }
    };

    private static Frame<EventType> sync(int n) {
        return Frame.of(EventType.NATIVE_SYNC, n);
    }

    private static Frame<EventType> test(EventType type, String name) {
        return io.github.retire.wire.TestReport.named(null, "C", null, name, null).toFrame(type);
    }

    @Test
    void aLineIsFiledUnderTheTestThatWasRunningWhenItWasWritten() {
        PipeBarrier b = new PipeBarrier();
        // worker: start t1, writes "x" natively, marker 1, ends t1; start t2, writes "y", marker 2, ends t2
        b.frame(test(EventType.TEST_STARTING, "t1"), sink);
        b.frame(sync(1), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t1"), sink);
        b.frame(test(EventType.TEST_STARTING, "t2"), sink);
        b.frame(sync(2), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t2"), sink);
        // the pipes lag: stdout delivers x, marker 1, y, marker 2 only now; stderr its markers after
        b.line(true, "x", true, false, sink);
        b.marker(true, 1, sink);
        b.line(true, "y", true, false, sink);
        b.marker(true, 2, sink);
        assertEquals(List.of("start t1"), seen);
        b.marker(false, 1, sink);
        b.marker(false, 2, sink);
        assertEquals(List.of("start t1", "out x", "end t1", "start t2", "out y", "end t2"), seen);
    }

    @Test
    void linesThatRunAheadOfTheEventsWait() {
        PipeBarrier b = new PipeBarrier();
        b.frame(test(EventType.TEST_STARTING, "t1"), sink);
        // t1 ended and t2 already wrote "y" before the events of t1's end arrive
        b.marker(true, 1, sink);
        b.marker(false, 1, sink);
        b.line(true, "y", true, false, sink);
        b.frame(sync(1), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t1"), sink);
        b.frame(test(EventType.TEST_STARTING, "t2"), sink);
        b.marker(true, 2, sink);
        b.marker(false, 2, sink);
        b.frame(sync(2), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t2"), sink);
        assertEquals(List.of("start t1", "end t1", "start t2", "out y", "end t2"), seen);
    }

    @Test
    void anIdleWorkersLinesPassAndTheEndReleasesEverythingAfterTheLastEvents() {
        PipeBarrier b = new PipeBarrier();
        b.line(false, "booting", true, true, sink);
        assertEquals(List.of("err booting"), seen);
        b.frame(sync(1), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t1"), sink);
        b.marker(true, 1, sink);
        b.marker(false, 1, sink);
        // written after t1 ended, while the next test runs, and the worker then dies
        b.line(true, "dying words", true, false, sink);
        b.closed(true, sink);
        assertEquals(List.of("err booting", "end t1"), seen);
        b.closed(false, sink);
        // the events are not all in yet: the test that wrote them may still come from the journal
        assertEquals(List.of("err booting", "end t1"), seen);
        b.frame(test(EventType.TEST_STARTING, "t2"), sink);
        b.framesEnded(sink);
        assertEquals(List.of("err booting", "end t1", "start t2", "out dying words"), seen);
    }

    @Test
    void linesOfTheNextClassThatArriveBeforeTheClassEndWaitForItsMarker() {
        PipeBarrier b = new PipeBarrier();
        // class A: t1 wrote "a" (marker 1); its end wrote nothing more, so no marker. The worker went on
        // with class B, whose t2 wrote "b" before the supervisor had A's end (its events were behind).
        b.frame(test(EventType.TEST_STARTING, "t1"), sink);
        b.line(true, "a", true, false, sink);
        b.marker(true, 1, sink);
        b.marker(false, 1, sink);
        b.line(true, "b", true, false, sink);
        b.frame(sync(1), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t1"), sink);
        b.idle(true, sink);
        assertEquals(List.of("start t1", "out a", "end t1"), seen);
        b.frame(test(EventType.TEST_STARTING, "t2"), sink);
        b.marker(true, 2, sink);
        b.marker(false, 2, sink);
        b.frame(sync(2), sink);
        b.frame(test(EventType.TEST_SUCCEEDED, "t2"), sink);
        assertEquals(List.of("start t1", "out a", "end t1", "start t2", "out b", "end t2"), seen);
        // with no class next, what is held after the last marker is the log's at once
        b.line(true, "c", true, false, sink);
        b.idle(false, sink);
        assertEquals("out c", seen.get(seen.size() - 1));
    }

    @Test
    void longLinesAndManyLinesAreHeldOnDiskAndComeBackInOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        PipeBarrier b = new PipeBarrier(new Holding(dir, 10_000));
        b.frame(test(EventType.TEST_STARTING, "t1"), sink);
        for (int i = 0; i < 1000; i++) {
            b.line(i % 2 == 0, "line " + i, true, false, sink);
        }
        b.marker(true, 1, sink);
        b.marker(false, 1, sink);
        b.frame(sync(1), sink);
        assertEquals(1001, seen.size());
        for (int i = 0; i < 500; i++) {
            assertEquals("out line " + 2 * i, seen.get(1 + i));
            assertEquals("err line " + (2 * i + 1), seen.get(501 + i));
        }
    }
}
