package io.github.retire.provider.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * A probe's tests ({@code retire.sequence=<file>}): what retire:bisect asks one worker JVM to run, in
 * this order of classes. Each line is a JUnit unique id (as the run record's {@code uid}) or a class
 * name (the whole class); blank lines and lines starting with {@code #} are ignored. Within a class
 * JUnit keeps its own order, which for a subset of what ran is the order it ran in. The classes come
 * from here, not from Surefire's scan, so each must load.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Sequence {
    public static final String KEY = "retire.sequence";
    static final String ACCEPTED = "a readable file with one JUnit unique id"
            + " ([engine:junit-jupiter]/[class:a.BTest]/[method:m()]) or one class name (a.BTest) per line";

    /** Each class in order of its first line, with the unique ids it selects; empty: the whole class. */
    private final Map<String, List<String>> classes;
    private final int lines;

    private Sequence(Map<String, List<String>> classes, int lines) {
        this.classes = classes;
        this.lines = lines;
    }

    /** The classes in order, each with the unique ids of its tests to run, or an empty list for all of them. */
    public Map<String, List<String>> classes() {
        return Collections.unmodifiableMap(classes);
    }

    /** How many lines named a test or class. */
    public int size() {
        return lines;
    }

    /**
     * @param value  the setting's value, a file path
     * @param loader the test class loader: every class named must load there, as Surefire's scan would
     *               have checked
     */
    public static Sequence read(String value, ClassLoader loader) {
        Path file = Paths.get(value.trim());
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new SettingException(KEY, value, ACCEPTED + " (cannot read it: " + e + ")");
        }
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Set<String> whole = new HashSet<>();
        int lines = 0;
        for (int n = 0; n < text.size(); n++) {
            String line = text.get(n).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            lines++;
            String where = "line " + (n + 1) + " '" + line + "'";
            String uid = line.startsWith("[") ? line : null;
            String className = uid != null ? classOf(uid) : line;
            if (className == null || className.isEmpty() || (uid == null && (line.contains("#") || line.contains("/")))) {
                throw new SettingException(KEY, value, ACCEPTED + "; " + where + " is neither");
            }
            try {
                Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new SettingException(KEY, value, ACCEPTED + "; " + where + ": class " + className
                        + " cannot be loaded from the test classpath (" + e + ")");
            }
            List<String> ids = classes.computeIfAbsent(className, c -> new ArrayList<>());
            if (uid == null) {
                whole.add(className);
            } else if (!ids.contains(uid)) {
                ids.add(uid);
            }
        }
        for (String c : whole) {
            classes.put(c, Collections.<String>emptyList()); // the whole class covers any of its ids
        }
        if (classes.isEmpty()) {
            throw new SettingException(KEY, value, ACCEPTED + "; it names no test");
        }
        return new Sequence(classes, lines);
    }

    /**
     * The class Surefire would report a unique id under: the value of its second segment, the class
     * ({@code [class:x]}, Jupiter and TestNG) or runner ({@code [runner:x]}, Vintage) below the engine.
     */
    static String classOf(String uid) {
        String[] segments = uid.split("/\\[");
        if (segments.length < 2 || !segments[0].startsWith("[engine:")) {
            return null;
        }
        String second = segments[1].endsWith("]") ? segments[1].substring(0, segments[1].length() - 1) : segments[1];
        int colon = second.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String type = second.substring(0, colon);
        return type.equals("class") || type.equals("runner") ? second.substring(colon + 1) : null;
    }
}
