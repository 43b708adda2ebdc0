package io.github.retire.maven.report;

import java.util.Locale;

import io.github.retire.maven.record.Event;
import io.github.retire.maven.record.RunRecord;
import io.github.retire.maven.record.TestRun;
import io.github.retire.maven.record.WorkerInfo;

/**
 * The timeline as inline SVG: a row per worker JVM (its life in grey, its start-up lighter), its tests
 * coloured by outcome, and a mark for each retirement, crash and timeout. A test at least
 * {@link #OWN_PIXELS} wide is drawn on its own with its name; narrower ones are merged per pixel column into
 * the worst outcome among them, so that the page's size depends on its width, not on the number of tests.
 */
final class Timeline {
    static final int WIDTH = 1100;
    static final int LABEL = 190;
    static final int ROW = 18;
    static final int GAP = 6;
    static final int TOP = 30;
    static final double OWN_PIXELS = 3;
    private static final String[] OUTCOMES = {"", "skipped", "passed", "failed", "error"};

    private Timeline() {
    }

    static int rank(String outcome) {
        switch (outcome) {
            case "error":
                return 4;
            case "failed":
                return 3;
            case "passed":
                return 2;
            default:
                return 1;
        }
    }

    static void svg(RunRecord record, Lanes lanes, StringBuilder out) {
        long zero = record.startedAt();
        long span = Math.max(1, record.endedAt() - zero);
        double scale = (double) WIDTH / span;
        int height = TOP + lanes.all.size() * (ROW + GAP) + 4;
        out.append("<svg class=\"timeline\" width=\"").append(LABEL + WIDTH + 20).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(LABEL + WIDTH + 20).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"timeline of the worker JVMs\">\n");
        axis(span, scale, height, out);
        int row = 0;
        for (Lanes.Lane lane : lanes.all) {
            int y = TOP + row++ * (ROW + GAP);
            out.append("<g class=\"lane\" data-worker=\"").append(lane.worker).append("\">");
            out.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + ROW - 5).append("\">")
                    .append(Html.esc(lane.name())).append("</text>");
            life(lane, zero, record, scale, y, out);
            tests(lane, zero, scale, y, out);
            out.append("</g>\n");
        }
        row = 0;
        for (Lanes.Lane lane : lanes.all) {
            int y = TOP + row++ * (ROW + GAP);
            if (lane.sub != 0 || lane.info == null) {
                continue;
            }
            for (Event e : record.events()) {
                if (e.worker == lane.worker) {
                    mark(e, x(e.at, zero, scale), y, zero, out);
                }
            }
        }
        out.append("</svg>\n");
    }

    private static double x(long millis, long zero, double scale) {
        return LABEL + (millis - zero) * scale;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static void axis(long span, double scale, int height, StringBuilder out) {
        long step = 1;
        for (long s : new long[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000,
                120_000, 300_000, 600_000, 1_200_000, 1_800_000, 3_600_000}) {
            step = s;
            if (span / s <= 12) {
                break;
            }
        }
        for (long t = 0; t <= span; t += step) {
            double x = LABEL + t * scale;
            out.append("<line class=\"tick\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                    .append(TOP - 8).append("\" y2=\"").append(height).append("\"/>");
            out.append("<text class=\"tl\" x=\"").append(f(x)).append("\" y=\"").append(TOP - 12).append("\">")
                    .append(t == 0 ? "0" : tickLabel(t, step)).append("</text>\n");
        }
    }

    private static String tickLabel(long t, long step) {
        if (step >= 60_000 && t % 60_000 == 0) {
            return t / 60_000 + " min";
        }
        if (step >= 1000) {
            return t / 1000 + " s";
        }
        return step >= 100 ? String.format(Locale.ROOT, "%.1f s", t / 1000.0) : t + " ms";
    }

    private static void life(Lanes.Lane lane, long zero, RunRecord record, double scale, int y, StringBuilder out) {
        WorkerInfo w = lane.info;
        if (w == null) {
            return;
        }
        long end = w.ended() != null ? w.ended() : record.endedAt();
        long ready = w.ready() != null ? Math.min(w.ready(), end) : end;
        double x0 = x(w.started, zero, scale);
        double xr = x(ready, zero, scale);
        double x1 = x(end, zero, scale);
        out.append("<rect class=\"startup\" x=\"").append(f(x0)).append("\" y=\"").append(y).append("\" width=\"")
                .append(f(Math.max(0.5, xr - x0))).append("\" height=\"").append(ROW).append("\"><title>")
                .append(Html.esc(lane.name())).append(": JVM start-up ").append(Html.duration(ready - w.started))
                .append(w.spare ? " (spare)" : "").append("</title></rect>");
        out.append("<rect class=\"life\" x=\"").append(f(xr)).append("\" y=\"").append(y).append("\" width=\"")
                .append(f(Math.max(0.5, x1 - xr))).append("\" height=\"").append(ROW).append("\"><title>")
                .append(Html.esc(lane.name())).append(": ").append(Html.esc(w.endInWords())).append("</title></rect>");
    }

    private static void tests(Lanes.Lane lane, long zero, double scale, int y, StringBuilder out) {
        int[] worst = new int[WIDTH + 2];
        int[] count = new int[WIDTH + 2];
        for (int i = 0; i < lane.tests.size(); i++) {
            TestRun t = lane.tests.get(i);
            double x0 = x(lane.starts.get(i), zero, scale);
            double x1 = x(t.end, zero, scale);
            if (x1 - x0 >= OWN_PIXELS) {
                out.append("<rect class=\"").append(t.outcome).append("\" x=\"").append(f(x0)).append("\" y=\"")
                        .append(y + 2).append("\" width=\"").append(f(x1 - x0 - 0.5)).append("\" height=\"")
                        .append(ROW - 4).append("\"><title>").append(Html.esc(Names.shortName(t))).append(' ')
                        .append(t.outcome).append(", ").append(Html.duration(t.elapsed != null ? t.elapsed : t.end - t.start))
                        .append("</title></rect>");
                continue;
            }
            int from = Math.max(0, Math.min(WIDTH, (int) Math.floor(x0 - LABEL)));
            int to = Math.max(from, Math.min(WIDTH, (int) Math.floor(x1 - LABEL)));
            for (int p = from; p <= to; p++) {
                worst[p] = Math.max(worst[p], rank(t.outcome));
                count[p]++;
            }
        }
        for (int p = 0; p <= WIDTH; ) {
            if (worst[p] == 0) {
                p++;
                continue;
            }
            int q = p;
            int n = 0;
            while (q <= WIDTH && worst[q] == worst[p]) {
                n += count[q];
                q++;
            }
            // a failure among short tests stays visible
            int wide = worst[p] >= 3 && q - p < 3 ? 3 : q - p;
            out.append("<rect class=\"").append(OUTCOMES[worst[p]]).append("\" x=\"").append(LABEL + p - (wide - (q - p)) / 2)
                    .append("\" y=\"").append(y + 2).append("\" width=\"").append(wide).append("\" height=\"").append(ROW - 4)
                    .append("\"><title>").append(n).append(n == 1 ? " short test" : " short tests").append(worst[p] >= 3
                            ? ", some " + OUTCOMES[worst[p]] : "").append("</title></rect>");
            p = q;
        }
    }

    /** A retirement ▼ above the row, a crash ✕ and a timeout ◆ on it. */
    private static void mark(Event e, double x, int y, long zero, StringBuilder out) {
        String title = "<title>" + Html.esc(Names.event(e)) + " (worker " + e.worker + ", " + Html.at(e.at, zero) + ")"
                + (e.kind != Event.Kind.RETIRED && e.message != null ? ": " + Html.esc(e.message) : "") + "</title>";
        String cls = e.kind.name().toLowerCase(Locale.ROOT);
        double cy = y + ROW / 2.0;
        switch (e.kind) {
            case RETIRED:
                out.append("<path class=\"mark ").append(cls).append("\" d=\"M").append(f(x - 5)).append(' ').append(y - 3)
                        .append(" L").append(f(x + 5)).append(' ').append(y - 3).append(" L").append(f(x)).append(' ')
                        .append(y + 6).append(" Z\">").append(title).append("</path>\n");
                break;
            case CRASH:
                out.append("<path class=\"mark ").append(cls).append("\" d=\"M").append(f(x - 5)).append(' ').append(f(cy - 5))
                        .append(" L").append(f(x + 5)).append(' ').append(f(cy + 5)).append(" M").append(f(x + 5)).append(' ')
                        .append(f(cy - 5)).append(" L").append(f(x - 5)).append(' ').append(f(cy + 5)).append("\">")
                        .append(title).append("</path>\n");
                break;
            default:
                out.append("<path class=\"mark ").append(cls).append("\" d=\"M").append(f(x)).append(' ').append(f(cy - 7))
                        .append(" L").append(f(x + 6)).append(' ').append(f(cy)).append(" L").append(f(x)).append(' ')
                        .append(f(cy + 7)).append(" L").append(f(x - 6)).append(' ').append(f(cy)).append(" Z\">")
                        .append(title).append("</path>\n");
        }
    }
}
