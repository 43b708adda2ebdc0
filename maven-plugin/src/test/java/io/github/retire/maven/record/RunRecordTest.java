package io.github.retire.maven.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
    private static final String A = "[engine:junit-jupiter]/[class:p.ATest]/[method:a()]";
    private static final String B = "[engine:junit-jupiter]/[class:p.ATest]/[method:b()]";
    private static final String C = "[engine:junit-jupiter]/[class:p.ATest]/[method:c()]";

    static final List<String> LINES = Arrays.asList(
            "{\"type\":\"run\",\"version\":1,\"plugin\":\"surefire\",\"retire\":\"0.1.0\",\"started\":1000,\"workers\":1,"
                    + "\"onFailure\":true,\"classes\":1,\"jdk\":\"17\",\"later\":[1,{\"x\":null}]}",
            "{\"type\":\"worker\",\"worker\":1,\"pid\":4242,\"started\":1010,\"spare\":false}",
            "{\"type\":\"worker\",\"worker\":2,\"pid\":4243,\"started\":1020,\"spare\":true}",
            "{\"type\":\"ready\",\"worker\":1,\"at\":1100}",
            "{\"type\":\"class\",\"worker\":1,\"class\":\"p.ATest\",\"stream\":\"p.ATest\",\"at\":1110,\"continued\":false}",
            "{\"type\":\"test\",\"worker\":1,\"uid\":\"" + B + "\",\"class\":\"p.ATest\",\"name\":\"b\",\"display\":\"b() \\\"q\\\"\\n\\u00e9\","
                    + "\"start\":1120,\"end\":1130,\"elapsed\":9,\"outcome\":\"passed\",\"rerun\":0}",
            "{\"type\":\"test\",\"worker\":1,\"uid\":\"" + A + "\",\"class\":\"p.ATest\",\"name\":\"a\",\"display\":\"a()\","
                    + "\"start\":1120,\"end\":1140,\"elapsed\":null,\"outcome\":\"failed\",\"rerun\":0}",
            "{\"type\":\"a-later-type\",\"worker\":1}",
            "{\"type\":\"retired\",\"worker\":1,\"at\":1150,\"after\":\"" + A + "\",\"failed\":\"p.ATest.a\"}",
            "{\"type\":\"end\",\"worker\":1,\"at\":1160,\"how\":\"RETIRED\",\"stage\":null,\"exit\":0,\"signal\":null,\"overdue\":false}",
            "{\"type\":\"class\",\"worker\":2,\"class\":\"p.ATest\",\"stream\":\"p.ATest\",\"at\":1170,\"continued\":true}",
            "{\"type\":\"timeout\",\"worker\":2,\"at\":1190,\"test\":\"" + C + "\",\"stage\":\"NATIVE\",\"message\":\"m\"}",
            "{\"type\":\"end\",\"worker\":2,\"at\":1190,\"how\":\"TIMED_OUT\",\"stage\":\"NATIVE\",\"exit\":134,\"signal\":\"SIGABRT\",\"overdue\":false}",
            "{\"type\":\"test\",\"worker\":2,\"uid\":\"" + C + "\",\"class\":\"p.ATest\",\"name\":\"c\",\"display\":\"c()\","
                    + "\"start\":1180,\"end\":1190,\"elapsed\":10,\"outcome\":\"error\",\"rerun\":0}",
            "{\"type\":\"summary\",\"at\":1200,\"tests\":3,\"failures\":1,\"errors\":1,\"skipped\":0,\"retired\":1,"
                    + "\"crashed\":0,\"timedOut\":1,\"workersStarted\":2}");

    @Test
    void readsEveryKindOfLineAndIgnoresWhatItDoesNotKnow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.jsonl");
        Files.write(file, LINES, StandardCharsets.UTF_8);
        RunRecord record = RunRecord.read(file);
        assertEquals("surefire", record.run.plugin);
        assertTrue(record.run.onFailure);
        assertEquals(2, record.workers().size());
        WorkerInfo one = record.worker(1);
        assertEquals(4242, one.pid);
        assertEquals(1100L, one.ready());
        assertEquals("RETIRED", one.how());
        assertEquals("retired", one.endInWords());
        WorkerInfo two = record.worker(2);
        assertTrue(two.spare);
        assertNull(two.ready());
        assertTrue(two.classes().get(0).continued);
        assertEquals("timed out (NATIVE stage)", two.endInWords());
        assertEquals("SIGABRT", two.signal());
        assertEquals(3, record.tests().size());
        assertEquals("b() \"q\"\n\u00e9", record.tests().get(0).display);
        assertNull(record.tests().get(1).elapsed);
        // ties of start go by the file's order
        assertEquals(Arrays.asList(B, A), record.testsOf(1).stream().map(t -> t.uid).collect(Collectors.toList()));
        assertEquals(Arrays.asList("RETIRED", "TIMEOUT"),
                record.events().stream().map(e -> e.kind.name()).collect(Collectors.toList()));
        assertEquals("p.ATest.a", record.events().get(0).message);
        assertEquals(A, record.events().get(0).test);
        assertEquals(3, record.summary.tests);
        assertEquals(1, record.summary.timedOut);
        assertEquals(1000, record.startedAt());
        assertEquals(1200, record.endedAt());
        TestRun a = record.find("p.ATest#a").get(0);
        assertEquals(A, a.uid);
        assertEquals("p.ATest#a", a.testFilter());
        assertEquals(Arrays.asList(B), record.ranBefore(a).stream().map(t -> t.uid).collect(Collectors.toList()));
        assertEquals(3, record.find("p.ATest").size());
    }

    @Test
    void aLastLineCutShortIsDroppedAndTheRestStands(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.jsonl");
        String cut = LINES.get(5).substring(0, 40);
        Files.write(file, Arrays.asList(LINES.get(0), LINES.get(1), LINES.get(4), cut), StandardCharsets.UTF_8);
        RunRecord record = RunRecord.read(file);
        assertEquals(1, record.workers().size());
        assertEquals(0, record.tests().size());
        assertNull(record.summary);
        assertNull(record.worker(1).how());
        assertEquals("no end recorded", record.worker(1).endInWords());
    }

    @Test
    void aBadLineInTheMiddleNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.jsonl");
        Files.write(file, Arrays.asList(LINES.get(0), "{\"type\":", LINES.get(1)), StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }

    @Test
    void aNewerVersionIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.jsonl");
        Files.write(file, Arrays.asList("{\"type\":\"run\",\"version\":2}"), StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> RunRecord.read(file));
    }

    @Test
    void theNewestRecordOfAPluginGoesByStampThenBySequence(@TempDir Path target) throws Exception {
        Path runs = Files.createDirectories(target.resolve("retire/runs"));
        for (String name : Arrays.asList("20260101-100000-000-surefire.jsonl", "20260101-100000-001-surefire.jsonl",
                "20260101-100000-001-surefire-2.jsonl", "20260101-100000-002-failsafe.jsonl", "notes.txt")) {
            Files.write(runs.resolve(name), new byte[0]);
        }
        assertEquals("20260101-100000-001-surefire-2.jsonl",
                RunRecords.newest(target, "surefire").get().getFileName().toString());
        assertEquals("20260101-100000-002-failsafe.jsonl",
                RunRecords.newest(target, "failsafe").get().getFileName().toString());
        assertEquals(3, RunRecords.all(target, "surefire").size());
        assertTrue(RunRecords.newest(target.resolve("nothing"), "surefire").isEmpty());
    }
}
