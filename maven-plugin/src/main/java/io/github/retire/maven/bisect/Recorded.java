package io.github.retire.maven.bisect;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests of a run record (docs/RUN-RECORD.md), as bisect needs them: unique id, class, name, worker,
 * start, rerun round. TEMPORARY: stands in for the record reader of io.github.retire.maven.record until
 * that is on main; reads only the flat `test` lines of the format.
 */
final class Recorded {
    /** One test line. */
    static final class Test {
        final String uid;
        final String testClass;
        final String name;
        final String worker;
        final long start;
        final int rerun;
        final int line;

        Test(String uid, String testClass, String name, String worker, long start, int rerun, int line) {
            this.uid = uid;
            this.testClass = testClass;
            this.name = name;
            this.worker = worker;
            this.start = start;
            this.rerun = rerun;
            this.line = line;
        }
    }

    private static final Pattern FIELD = Pattern.compile(
            "\"(\\w+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?\\d+|true|false|null)");

    private Recorded() {
    }

    /** The newest record of that plugin (null: of any) in a build directory's retire/runs, or null. */
    static File newest(File buildDirectory, String plugin) {
        File[] files = new File(buildDirectory, "retire/runs").listFiles((dir, name) -> name.endsWith(".jsonl")
                && (plugin == null || name.contains("-" + plugin + ".") || name.contains("-" + plugin + "-")));
        if (files == null || files.length == 0) {
            return null;
        }
        return Arrays.stream(files).max(Comparator.comparing(File::getName)).get();
    }

    /** Its tests in the order they started (ties: file order). */
    static List<Test> tests(File record) throws IOException {
        List<Test> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(record.toPath(), StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            Map<String, String> f = fields(lines.get(n));
            if (!"test".equals(f.get("type")) || f.get("uid") == null) {
                continue;
            }
            tests.add(new Test(f.get("uid"), f.get("class"), f.get("name"), f.get("worker"),
                    number(f.get("start")), (int) number(f.get("rerun")), n));
        }
        tests.sort(Comparator.<Test>comparingLong(t -> t.start).thenComparingInt(t -> t.line));
        return tests;
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            String value = m.group(3) != null ? unescape(m.group(3)) : m.group(2).equals("null") ? null : m.group(2);
            fields.putIfAbsent(m.group(1), value);
        }
        return fields;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u': out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                default: out.append(e);
            }
        }
        return out.toString();
    }
}
