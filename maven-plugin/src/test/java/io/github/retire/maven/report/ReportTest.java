package io.github.retire.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.retire.maven.record.Json;
import io.github.retire.maven.record.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    /**
     * A record like a real one of {@code tests} tests in classes of 50, on {@code workers} workers, where
     * every 500th test fails and retires its worker, one worker crashes and one times out. Written to
     * {@code dir}; the test {@code big} also leaves it in target/ for a look in a browser.
     */
    static Path record(Path dir, int tests, int workers) throws Exception {
        Random random = new Random(17);
        List<String> lines = new ArrayList<>();
        long t0 = 1_764_575_000_000L;
        lines.add("{\"type\":\"run\",\"version\":1,\"plugin\":\"surefire\",\"retire\":\"0.1.0\",\"started\":" + t0
                + ",\"workers\":" + workers + ",\"onFailure\":true,\"classes\":" + (tests / 50) + ",\"jdk\":\"17\"}");
        long[] clock = new long[workers + 1];
        int[] id = new int[workers + 1];
        int next = 0;
        for (int w = 1; w <= workers; w++) {
            id[w] = ++next;
            clock[w] = t0 + 400;
            lines.add("{\"type\":\"worker\",\"worker\":" + id[w] + ",\"pid\":" + (1000 + id[w]) + ",\"started\":" + (t0 + 10)
                    + ",\"spare\":false}");
            lines.add("{\"type\":\"ready\",\"worker\":" + id[w] + ",\"at\":" + (t0 + 380) + "}");
        }
        for (int n = 0; n < tests; n++) {
            int w = 1 + (n / 50) % workers;
            String cls = "p.q.Class" + (n / 50) + "Test";
            if (n % 50 == 0) {
                lines.add("{\"type\":\"class\",\"worker\":" + id[w] + ",\"class\":\"" + cls + "\",\"stream\":\"" + cls
                        + "\",\"at\":" + clock[w] + ",\"continued\":false}");
            }
            long start = clock[w];
            long dur = n % 97 == 0 ? 400 + random.nextInt(800) : random.nextInt(12);
            clock[w] += dur + random.nextInt(2);
            String uid = "[engine:junit-jupiter]/[class:" + cls + "]/[method:t" + n + "()]";
            boolean fail = n % 500 == 250;
            boolean crash = n == tests / 3;
            boolean timeout = n == 2 * tests / 3;
            String outcome = fail ? "failed" : crash || timeout ? "error" : n % 61 == 0 ? "skipped" : "passed";
            if (crash || timeout) {
                lines.add("{\"type\":\"" + (crash ? "crash" : "timeout") + "\",\"worker\":" + id[w] + ",\"at\":" + clock[w]
                        + ",\"test\":\"" + uid + "\"," + (timeout ? "\"stage\":\"JAVA\"," : "") + "\"message\":\"worker "
                        + id[w] + " <exited> with status 3 while running " + cls + ".t" + n + "\"}");
                lines.add("{\"type\":\"end\",\"worker\":" + id[w] + ",\"at\":" + clock[w] + ",\"how\":\""
                        + (crash ? "CRASHED" : "TIMED_OUT") + "\",\"stage\":" + (crash ? "null" : "\"JAVA\"")
                        + ",\"exit\":" + (crash ? 3 : 124) + ",\"signal\":null,\"overdue\":false}");
            }
            lines.add("{\"type\":\"test\",\"worker\":" + id[w] + ",\"uid\":\"" + uid + "\",\"class\":\"" + cls
                    + "\",\"name\":\"t" + n + "\",\"display\":\"t" + n + "()\",\"start\":" + start + ",\"end\":" + clock[w]
                    + ",\"elapsed\":" + dur + ",\"outcome\":\"" + outcome + "\",\"rerun\":0}");
            if (fail) {
                lines.add("{\"type\":\"retired\",\"worker\":" + id[w] + ",\"at\":" + clock[w] + ",\"after\":\"" + uid
                        + "\",\"failed\":\"" + cls + ".t" + n + "\"}");
                lines.add("{\"type\":\"end\",\"worker\":" + id[w] + ",\"at\":" + (clock[w] + 30)
                        + ",\"how\":\"RETIRED\",\"stage\":null,\"exit\":0,\"signal\":null,\"overdue\":false}");
            }
            if (fail || crash || timeout) {
                id[w] = ++next;
                lines.add("{\"type\":\"worker\",\"worker\":" + id[w] + ",\"pid\":" + (1000 + id[w]) + ",\"started\":"
                        + (clock[w] - 300) + ",\"spare\":true}");
                lines.add("{\"type\":\"ready\",\"worker\":" + id[w] + ",\"at\":" + (clock[w] - 20) + "}");
                lines.add("{\"type\":\"class\",\"worker\":" + id[w] + ",\"class\":\"" + cls + "\",\"stream\":\"" + cls
                        + "\",\"at\":" + clock[w] + ",\"continued\":true}");
            }
        }
        long end = 0;
        for (int w = 1; w <= workers; w++) {
            lines.add("{\"type\":\"end\",\"worker\":" + id[w] + ",\"at\":" + (clock[w] + 50)
                    + ",\"how\":\"SHUT_DOWN\",\"stage\":null,\"exit\":0,\"signal\":null,\"overdue\":false}");
            end = Math.max(end, clock[w] + 50);
        }
        lines.add("{\"type\":\"summary\",\"at\":" + end + ",\"tests\":" + tests + "}");
        Path file = Files.createDirectories(dir.resolve("retire/runs")).resolve("20251201-080000-000-surefire.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theTraceHasALanePerWorkerAnEventPerTestAndAMarkPerRetirementCrashAndTimeout(@TempDir Path dir) throws Exception {
        RunRecord record = RunRecord.read(record(dir, 1000, 2));
        StringWriter out = new StringWriter();
        Trace.write(Collections.singletonList(record), out);
        @SuppressWarnings("unchecked")
        Map<String, Object> trace = (Map<String, Object>) Json.parse(out.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) trace.get("traceEvents");
        long threads = events.stream().filter(e -> "thread_name".equals(e.get("name"))).count();
        assertEquals(record.workers().size(), threads);
        List<Map<String, Object>> complete = new ArrayList<>();
        events.stream().filter(e -> "X".equals(e.get("ph"))).forEach(complete::add);
        assertEquals(1000, complete.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) complete.get(1).get("args");
        assertEquals("p.q.Class0Test", args.get("class"));
        assertEquals("passed", args.get("outcome"));
        assertEquals(4, events.stream().filter(e -> "i".equals(e.get("ph"))).count()); // 2 retirements, a crash, a timeout
        // no two tests of one thread overlap: a viewer would nest them
        Map<Object, Long> lastEnd = new java.util.HashMap<>();
        for (Map<String, Object> e : complete) {
            long ts = ((Number) e.get("ts")).longValue();
            assertTrue(ts >= lastEnd.getOrDefault(e.get("tid"), Long.MIN_VALUE), e.toString());
            lastEnd.put(e.get("tid"), ts + ((Number) e.get("dur")).longValue());
        }
    }

    @Test
    void thePageOfThousandsOfTestsStaysSmallAndFetchesNothing(@TempDir Path dir) throws Exception {
        RunRecord record = RunRecord.read(record(dir, 5000, 3));
        String html = HtmlReport.page(Collections.singletonList(record));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/report-5000.html"), html); // for a look in a browser
        assertTrue(html.length() < 400_000, "page of " + html.length() + " chars");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script")
                || html.contains("<link") || html.contains("url(") || html.contains("src="));
        assertEquals(record.workers().size(), count(html, "<g class=\"lane\""));
        assertEquals(record.workers().size(), count(html, "<tr class=\"worker"));
        assertEquals(10, count(html, "class=\"mark retired\""));
        assertEquals(1, count(html, "class=\"mark crash\""));
        assertEquals(1, count(html, "class=\"mark timeout\""));
        assertTrue(html.contains("&lt;exited&gt;"), "escaped");
        assertTrue(html.contains("crashed (status 3)") && html.contains("timed out (JAVA stage)"));
        assertEquals(HtmlReport.SLOWEST, count(html, "<span class=\"bar\""));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
