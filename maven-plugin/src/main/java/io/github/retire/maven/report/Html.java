package io.github.retire.maven.report;

import java.util.Locale;

/** Escaping and the few formats the page uses. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** A duration in words a reader takes in at a glance: 850 ms, 4.2 s, 3 min 20 s. */
    static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, millis < 10_000 ? "%.2f s" : "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        return s / 60 + " min " + s % 60 + " s";
    }

    /** A moment as seconds from the run's start. */
    static String at(long millis, long zero) {
        return String.format(Locale.ROOT, "+%.2f s", (millis - zero) / 1000.0);
    }
}
