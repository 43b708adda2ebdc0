package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import io.github.retire.wire.SyncMarker;
import org.junit.jupiter.api.Test;

class OutputPumpTest {
    private final Worker worker = new Worker(1, "s3cret", null, null);
    private final List<WorkerEvent> events = new ArrayList<>();

    private void pump(String text) {
        new OutputPump(worker, new ByteArrayInputStream(text.getBytes(Charset.defaultCharset())), true, events::add)
                .run();
    }

    @Test
    void aLongLineGoesInBoundedPiecesAndAMarkerAfterItIsReadWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append((char) ('a' + i % 26));
        }
        String marker = new SyncMarker("s3cret").line(12345);
        pump(text + marker + "\nshort\r\nlast");
        StringBuilder joined = new StringBuilder();
        int i = 0;
        for (; events.get(i).kind == WorkerEvent.Kind.NATIVE_OUTPUT && events.get(i).number == 0; i++) {
            assertTrue(events.get(i).text.length() <= OutputPump.CHUNK_CHARS);
            joined.append(events.get(i).text);
        }
        assertTrue(i > 10, "pieces: " + i);
        // the end of the line, before its marker, ends it
        assertEquals(1, events.get(i).number);
        joined.append(events.get(i++).text);
        assertEquals(text.toString(), joined.toString());
        assertEquals(WorkerEvent.Kind.PIPE_SYNC, events.get(i).kind);
        assertEquals(12345, events.get(i++).number);
        assertEquals("short", events.get(i++).text);
        assertEquals("last", events.get(i++).text);
        assertEquals(WorkerEvent.Kind.OUTPUT_CLOSED, events.get(i++).kind);
        assertEquals(i, events.size());
    }

    @Test
    void linesAsReadLineSplitsThem() {
        pump("a\n\nb\rc\r\n");
        assertEquals("a", events.get(0).text);
        assertEquals("", events.get(1).text);
        assertEquals("b", events.get(2).text);
        assertEquals("c", events.get(3).text);
        assertEquals(WorkerEvent.Kind.OUTPUT_CLOSED, events.get(4).kind);
    }
}
