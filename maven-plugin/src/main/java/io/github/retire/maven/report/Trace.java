package io.github.retire.maven.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.github.retire.maven.record.Event;
import io.github.retire.maven.record.RunRecord;
import io.github.retire.maven.record.TestRun;

/**
 * The records as Chrome's Trace Event Format (what Perfetto and chrome://tracing open): one process per
 * record, one thread per worker JVM (named by thread_name metadata), one complete event ("X") per test with
 * its class and outcome, and an instant event ("i") for each retirement, crash and timeout. Times in
 * microseconds from the first record's start.
 */
final class Trace {
    private Trace() {
    }

    static void write(List<RunRecord> records, Writer out) throws IOException {
        long zero = Long.MAX_VALUE;
        for (RunRecord r : records) {
            zero = Math.min(zero, r.startedAt());
        }
        out.write("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        boolean first = true;
        int pid = 0;
        for (RunRecord record : records) {
            pid++;
            Lanes lanes = new Lanes(record);
            String process = (record.run != null ? record.run.plugin : "run") + " " + record.file.getFileName();
            first = event(out, first, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":0,\"args\":{\"name\":"
                    + JsonText.quote(process) + "}}");
            for (Lanes.Lane lane : lanes.all) {
                out.write(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + lane.tid
                        + ",\"args\":{\"name\":" + JsonText.quote(lane.name()) + "}}");
                out.write(",\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + lane.tid
                        + ",\"args\":{\"sort_index\":" + lane.tid + "}}");
                for (int i = 0; i < lane.tests.size(); i++) {
                    TestRun t = lane.tests.get(i);
                    long start = lane.starts.get(i);
                    out.write(",\n{\"name\":" + JsonText.quote(Names.shortName(t)) + ",\"cat\":\"test\",\"ph\":\"X\",\"ts\":"
                            + micros(start, zero) + ",\"dur\":" + Math.max(0, (t.end - start) * 1000) + ",\"pid\":" + pid
                            + ",\"tid\":" + lane.tid + ",\"args\":{\"class\":" + JsonText.quote(t.className)
                            + ",\"name\":" + JsonText.quote(t.name) + ",\"outcome\":" + JsonText.quote(t.outcome)
                            + ",\"uid\":" + JsonText.quote(t.uid)
                            + (t.elapsed != null ? ",\"elapsed_ms\":" + t.elapsed : "")
                            + (t.rerun > 0 ? ",\"rerun\":" + t.rerun : "") + "}}");
                }
            }
            for (Event e : record.events()) {
                Lanes.Lane lane = lanes.first(e.worker);
                out.write(",\n{\"name\":" + JsonText.quote(Names.event(e)) + ",\"cat\":" + JsonText.quote(e.kind.name().toLowerCase(
                        java.util.Locale.ROOT)) + ",\"ph\":\"i\",\"s\":\"t\",\"ts\":" + micros(e.at, zero) + ",\"pid\":" + pid
                        + ",\"tid\":" + (lane == null ? 0 : lane.tid) + ",\"args\":{\"worker\":" + e.worker
                        + ",\"test\":" + JsonText.quote(e.test) + ",\"message\":" + JsonText.quote(e.message)
                        + (e.stage != null ? ",\"stage\":" + JsonText.quote(e.stage) : "") + "}}");
            }
        }
        out.write("\n]}\n");
    }

    private static boolean event(Writer out, boolean first, String json) throws IOException {
        if (!first) {
            out.write(",\n");
        }
        out.write(json);
        return false;
    }

    private static long micros(long millis, long zero) {
        return (millis - zero) * 1000;
    }
}
