package io.github.retire.provider.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.retire.provider.work.Work;
import io.github.retire.wire.EventType;
import io.github.retire.wire.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
    @Test
    void writesOneObjectALineUnderTheBuildDirectoryNamedByPlugin(@TempDir Path target) throws Exception {
        RunRecord record = RunRecord.open(target.resolve("failsafe-reports"), w -> { throw new AssertionError(w); });
        assertTrue(record.file().getFileName().toString().matches("\\d{8}-\\d{6}-\\d{3}-failsafe\\.jsonl"),
                record.file().toString());
        assertEquals(target.resolve("retire/runs"), record.file().getParent());
        record.run(2, true, 3);
        record.worker(1, 4242, System.nanoTime(), false);
        record.ready(1);
        Work a = Work.wholeClass("p.A");
        record.classStarted(1, a);
        record.test(1, a, 0, System.nanoTime(), EventType.TEST_FAILED, new TestReport("[engine:junit-jupiter]/[class:p.A]/[method:t()]",
                "p.A", null, "t", "t() \"quoted\"\n\ud800", null, null, null, null, null, 12));
        record.test(null, a, 0, null, EventType.TEST_ERROR, TestReport.named(null, "p.A", null, null, null));
        record.retired(1, "[engine:junit-jupiter]/[class:p.A]/[method:t()]", "p.A.t");
        record.classStarted(2, a);
        record.crash(2, null, "worker 2 exited with status 3");
        record.end(2, "CRASHED", null, 3, null, false);
        record.summary();
        List<String> lines = Files.readAllLines(record.file(), StandardCharsets.UTF_8);
        assertEquals(11, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("{\"type\":\"run\",\"version\":1,\"plugin\":\"failsafe\","), lines.get(0));
        assertTrue(lines.get(0).contains("\"workers\":2,\"onFailure\":true,\"classes\":3,"), lines.get(0));
        assertTrue(lines.get(1).matches("\\{\"type\":\"worker\",\"worker\":1,\"pid\":4242,\"started\":\\d+,\"spare\":false}"),
                lines.get(1));
        assertTrue(lines.get(3).contains("\"class\":\"p.A\",\"stream\":\"p.A\",") && lines.get(3).endsWith("\"continued\":false}"));
        assertTrue(lines.get(4).contains("\"display\":\"t() \\\"quoted\\\"\\n\\ud800\""), lines.get(4));
        assertTrue(lines.get(4).contains("\"elapsed\":12,\"outcome\":\"failed\",\"rerun\":0}"), lines.get(4));
        assertTrue(lines.get(5).startsWith("{\"type\":\"test\",\"worker\":null,\"uid\":null,\"class\":\"p.A\","), lines.get(5));
        assertTrue(lines.get(7).endsWith("\"continued\":true}"), lines.get(7));
        assertTrue(lines.get(9).matches("\\{\"type\":\"end\",\"worker\":2,\"at\":\\d+,\"how\":\"CRASHED\",\"stage\":null,"
                + "\"exit\":3,\"signal\":null,\"overdue\":false}"), lines.get(9));
        assertTrue(lines.get(10).endsWith("\"tests\":2,\"failures\":1,\"errors\":1,\"skipped\":0,\"retired\":1,\"crashed\":1,"
                + "\"timedOut\":0,\"workersStarted\":1}"), lines.get(10));
    }

    @Test
    void aSecondExecutionInTheSameMillisecondGetsItsOwnFile(@TempDir Path target) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RunRecord record = RunRecord.open(target.resolve("surefire-reports"), w -> { throw new AssertionError(w); });
            files.add(record.file());
            record.summary();
        }
        assertEquals(5, files.stream().distinct().count(), files.toString());
        assertNotEquals(files.get(0), files.get(1));
    }

    @Test
    void aRecordThatCannotBeWrittenIsOneWarningAndTheRunGoesOn(@TempDir Path target) throws Exception {
        Files.writeString(target.resolve("retire"), "a file where the directory goes");
        List<String> warnings = new ArrayList<>();
        RunRecord record = RunRecord.open(target.resolve("surefire-reports"), warnings::add);
        record.run(1, false, 1);
        record.ready(1);
        record.summary();
        assertNull(record.file());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("[retire] cannot write the run record "), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; the run goes on without it"), warnings.get(0));
    }
}
