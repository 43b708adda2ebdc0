package io.github.retire.maven.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.retire.maven.record.Event;
import io.github.retire.maven.record.RunRecord;
import io.github.retire.maven.record.TestRun;
import io.github.retire.maven.record.WorkerInfo;

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched) with, for each
 * record, its summary, the timeline of its workers, the slowest classes, every worker and how it ended,
 * and the retirements, crashes and timeouts. Lists that grow with the suite are cut at a fixed length.
 */
final class HtmlReport {
    static final int SLOWEST = 15;
    static final int EVENTS = 200;
    static final int FAILED = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private static final String CSS = String.join("\n",
            "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px;color:#222;background:#fff}",
            "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}",
            "h3{font-size:15px;margin:20px 0 6px}.sub{color:#666;margin:0 0 12px}",
            ".counts span{display:inline-block;margin:0 14px 6px 0;padding:3px 8px;border-radius:4px;background:#f1f1f1}",
            ".counts .bad{background:#fde0dc}",
            "table{border-collapse:collapse;margin:4px 0 8px}th,td{padding:3px 10px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}",
            "th{background:#fafafa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}",
            "tr.lost td{background:#fff3f1}.bar{display:inline-block;height:10px;background:#90a4ae;vertical-align:middle}",
            ".scroll{overflow-x:auto;border:1px solid #eee;padding:6px 0;background:#fcfcfc}",
            "svg.timeline text{font:11px system-ui,sans-serif;fill:#333}svg.timeline .label{text-anchor:end}",
            "svg.timeline .tl{text-anchor:middle;fill:#777}svg.timeline .tick{stroke:#e6e6e6;stroke-width:1}",
            ".startup{fill:#eceff1}.life{fill:#cfd8dc}",
            ".passed{fill:#43a047}.failed{fill:#e53935}.error{fill:#8e24aa}.skipped{fill:#bdbdbd}",
            ".mark{stroke-width:2}.mark.retired{fill:#fb8c00;stroke:#fff;stroke-width:1}.mark.crash{stroke:#111;fill:none;stroke-width:2.5}",
            ".mark.timeout{fill:#1e88e5;stroke:#fff;stroke-width:1}",
            ".legend{margin:6px 0 0;color:#444}.legend i{display:inline-block;width:12px;height:12px;margin:0 4px -2px 12px;border-radius:2px}",
            ".legend i.ev{border-radius:0;background:none;font-style:normal;width:auto;height:auto;font-weight:bold}",
            "code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}.muted{color:#888}");

    private HtmlReport() {
    }

    static String page(List<RunRecord> records) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>retire: run report</title>\n<style>\n").append(CSS).append("\n</style></head><body>\n");
        out.append("<h1>retire: run report</h1>\n");
        for (RunRecord record : records) {
            section(record, out);
        }
        out.append("<p class=\"muted\">Written by retire:report from the run records in target/retire/runs"
                + " (docs/RUN-RECORD.md); the same timeline is in target/retire/trace.json for Perfetto or"
                + " chrome://tracing.</p>\n</body></html>\n");
        return out.toString();
    }

    private static void section(RunRecord record, StringBuilder out) {
        long zero = record.startedAt();
        String plugin = record.run != null ? record.run.plugin : "run";
        out.append("<section class=\"record\" data-plugin=\"").append(Html.esc(plugin)).append("\">\n<h2>")
                .append(Html.esc(plugin)).append(": ").append(Html.esc(record.file.getFileName().toString())).append("</h2>\n");
        out.append("<p class=\"sub\">started ").append(WHEN.format(Instant.ofEpochMilli(zero))).append(", ")
                .append(Html.duration(record.endedAt() - zero));
        if (record.run != null) {
            out.append("; retire ").append(Html.esc(record.run.retire)).append(", JDK ").append(Html.esc(record.run.jdk))
                    .append(", retire.workers=").append(record.run.workers).append(", retire.onFailure=")
                    .append(record.run.onFailure).append(", ").append(record.run.classes).append(" classes");
        }
        if (record.summary == null) {
            out.append("; <b>the record has no summary: the run did not end normally</b>");
        }
        out.append("</p>\n");
        counts(record, out);
        Lanes lanes = new Lanes(record);
        out.append("<h3>Timeline</h3>\n<div class=\"scroll\">\n");
        Timeline.svg(record, lanes, out);
        out.append("</div>\n<p class=\"legend\"><i class=\"passed\" style=\"background:#43a047\"></i>passed")
                .append("<i style=\"background:#e53935\"></i>failed<i style=\"background:#8e24aa\"></i>error")
                .append("<i style=\"background:#bdbdbd\"></i>skipped<i style=\"background:#eceff1;border:1px solid #ccc\"></i>JVM start-up")
                .append("<i style=\"background:#cfd8dc\"></i>JVM alive")
                .append("<i class=\"ev\" style=\"color:#fb8c00\">&#9660;</i>retirement<i class=\"ev\">&#10005;</i>crash")
                .append("<i class=\"ev\" style=\"color:#1e88e5\">&#9670;</i>timeout.")
                .append(" Tests narrower than ").append((int) Timeline.OWN_PIXELS)
                .append(" pixels are merged, showing the worst outcome among them; hover for names.</p>\n");
        slowest(record, out);
        workers(record, zero, out);
        events(record, zero, out);
        failed(record, out);
        out.append("</section>\n");
    }

    private static void counts(RunRecord record, StringBuilder out) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (TestRun t : record.tests()) {
            if (t.rerun == 0) {
                tests++;
                failures += "failed".equals(t.outcome) ? 1 : 0;
                errors += "error".equals(t.outcome) ? 1 : 0;
                skipped += "skipped".equals(t.outcome) ? 1 : 0;
            }
        }
        int[] kinds = new int[Event.Kind.values().length];
        record.events().forEach(e -> kinds[e.kind.ordinal()]++);
        out.append("<p class=\"counts\">");
        count(out, tests, "test", "tests", false);
        count(out, failures, "failure", "failures", failures > 0);
        count(out, errors, "error", "errors", errors > 0);
        count(out, skipped, "skipped", "skipped", false);
        count(out, record.workers().size(), "worker JVM", "worker JVMs", false);
        count(out, kinds[Event.Kind.RETIRED.ordinal()], "retirement", "retirements", false);
        count(out, kinds[Event.Kind.CRASH.ordinal()], "crash", "crashes", kinds[Event.Kind.CRASH.ordinal()] > 0);
        count(out, kinds[Event.Kind.TIMEOUT.ordinal()], "timeout", "timeouts", kinds[Event.Kind.TIMEOUT.ordinal()] > 0);
        out.append("</p>\n");
    }

    private static void count(StringBuilder out, int n, String one, String many, boolean bad) {
        out.append("<span").append(bad ? " class=\"bad\"" : "").append("><b>").append(n).append("</b> ").append(n == 1 ? one : many)
                .append("</span>");
    }

    private static final class ClassTime {
        final String name;
        long millis;
        int tests;
        int failed;
        final TreeSet<Integer> workers = new TreeSet<>();

        ClassTime(String name) {
            this.name = name;
        }
    }

    private static void slowest(RunRecord record, StringBuilder out) {
        Map<String, ClassTime> classes = new HashMap<>();
        for (TestRun t : record.tests()) {
            ClassTime c = classes.computeIfAbsent(t.className, ClassTime::new);
            c.millis += t.elapsed != null ? t.elapsed : Math.max(0, t.end - t.start);
            c.tests++;
            c.failed += t.failed() ? 1 : 0;
            if (t.worker != null) {
                c.workers.add(t.worker);
            }
        }
        List<ClassTime> sorted = new ArrayList<>(classes.values());
        sorted.sort(Comparator.<ClassTime>comparingLong(c -> -c.millis).thenComparing(c -> c.name));
        long max = sorted.isEmpty() ? 1 : Math.max(1, sorted.get(0).millis);
        out.append("<h3>Slowest classes</h3>\n<table class=\"slowest\"><tr><th>class</th><th>time in tests</th><th></th>")
                .append("<th>tests</th><th>failed</th><th>workers</th></tr>\n");
        for (ClassTime c : sorted.subList(0, Math.min(SLOWEST, sorted.size()))) {
            out.append("<tr><td><code>").append(Html.esc(c.name)).append("</code></td><td class=\"n\">")
                    .append(Html.duration(c.millis)).append("</td><td><span class=\"bar\" style=\"width:")
                    .append(Math.max(1, c.millis * 200 / max)).append("px\"></span></td><td class=\"n\">").append(c.tests)
                    .append("</td><td class=\"n\">").append(c.failed).append("</td><td>").append(join(c.workers))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (sorted.size() > SLOWEST) {
            out.append("<p class=\"muted\">").append(sorted.size() - SLOWEST).append(" more classes.</p>\n");
        }
    }

    private static String join(TreeSet<Integer> workers) {
        StringBuilder b = new StringBuilder();
        for (Integer w : workers) {
            b.append(b.length() == 0 ? "" : ", ").append(w);
        }
        return b.toString();
    }

    private static void workers(RunRecord record, long zero, StringBuilder out) {
        Map<Integer, int[]> perWorker = new HashMap<>();
        for (TestRun t : record.tests()) {
            if (t.worker != null) {
                int[] n = perWorker.computeIfAbsent(t.worker, w -> new int[2]);
                n[0]++;
                n[1] += t.failed() ? 1 : 0;
            }
        }
        out.append("<h3>Workers</h3>\n<table class=\"workers\"><tr><th>worker</th><th>pid</th><th>launched</th>")
                .append("<th>start-up</th><th>ended</th><th>alive</th><th>classes</th><th>tests</th><th>failed</th>")
                .append("<th>how it ended</th></tr>\n");
        for (WorkerInfo w : record.workers()) {
            int[] n = perWorker.getOrDefault(w.id, new int[2]);
            boolean lost = "CRASHED".equals(w.how()) || "TIMED_OUT".equals(w.how()) || "ENDED_BY_RETIRE".equals(w.how());
            out.append("<tr class=\"worker").append(lost ? " lost" : "").append("\" data-how=\"")
                    .append(Html.esc(w.how())).append("\"><td>").append(w.id).append(w.spare ? " <span class=\"muted\">spare</span>" : "")
                    .append("</td><td class=\"n\">").append(w.pid > 0 ? String.valueOf(w.pid) : "").append("</td><td class=\"n\">")
                    .append(Html.at(w.started, zero)).append("</td><td class=\"n\">")
                    .append(w.ready() != null ? Html.duration(w.ready() - w.started) : "no hello").append("</td><td class=\"n\">")
                    .append(w.ended() != null ? Html.at(w.ended(), zero) : "").append("</td><td class=\"n\">")
                    .append(w.ended() != null ? Html.duration(w.ended() - w.started) : "").append("</td><td class=\"n\">")
                    .append(w.classes().size()).append("</td><td class=\"n\">").append(n[0]).append("</td><td class=\"n\">")
                    .append(n[1]).append("</td><td>").append(Html.esc(w.endInWords())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void events(RunRecord record, long zero, StringBuilder out) {
        if (record.events().isEmpty()) {
            return;
        }
        Map<String, TestRun> byUid = new HashMap<>();
        record.tests().forEach(t -> byUid.putIfAbsent(t.uid, t));
        out.append("<h3>Retirements, crashes and timeouts</h3>\n<table class=\"events\"><tr><th>when</th><th>worker</th>")
                .append("<th>what</th><th>test</th><th>message</th></tr>\n");
        int shown = 0;
        for (Event e : record.events()) {
            if (shown++ == EVENTS) {
                break;
            }
            TestRun t = e.test == null ? null : byUid.get(e.test);
            out.append("<tr class=\"event ").append(e.kind.name().toLowerCase(java.util.Locale.ROOT)).append("\"><td class=\"n\">")
                    .append(Html.at(e.at, zero)).append("</td><td class=\"n\">").append(e.worker).append("</td><td>")
                    .append(e.kind == Event.Kind.RETIRED ? "retired" : e.kind == Event.Kind.CRASH ? "crash"
                            : "timeout (" + Html.esc(e.stage) + ")").append("</td><td><code>")
                    .append(Html.esc(t != null ? t.testFilter() : e.test)).append("</code></td><td>")
                    .append(e.kind == Event.Kind.RETIRED ? "" : Html.esc(e.message)).append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (record.events().size() > EVENTS) {
            out.append("<p class=\"muted\">").append(record.events().size() - EVENTS).append(" more.</p>\n");
        }
    }

    private static void failed(RunRecord record, StringBuilder out) {
        List<TestRun> failed = new ArrayList<>();
        for (TestRun t : record.tests()) {
            if (t.failed()) {
                failed.add(t);
            }
        }
        if (failed.isEmpty()) {
            return;
        }
        out.append("<h3>Failed tests</h3>\n<table class=\"failed\"><tr><th>test</th><th>outcome</th><th>worker</th></tr>\n");
        for (TestRun t : failed.subList(0, Math.min(FAILED, failed.size()))) {
            out.append("<tr><td><code>").append(Html.esc(t.testFilter())).append("</code>")
                    .append(t.rerun > 0 ? " <span class=\"muted\">rerun " + t.rerun + "</span>" : "").append("</td><td>")
                    .append(t.outcome).append("</td><td>").append(t.worker == null ? "none" : String.valueOf(t.worker))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (failed.size() > FAILED) {
            out.append("<p class=\"muted\">").append(failed.size() - FAILED).append(" more.</p>\n");
        }
    }
}
