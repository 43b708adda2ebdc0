package io.github.retire.wire;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Properties as text that {@link Properties#load(java.io.Reader)} reads back: a worker's system
 * properties, and the supervisor's worker configuration files. Not {@link Properties#store}: its date
 * comment formats a {@link java.util.Date}, whose first use loads the time-zone name bundles, 40 to 90
 * ms of a JVM's start for a comment nobody reads, and both uses are on the way to a worker's first test.
 */
public final class PropertiesText {
    private static final String CONTROLS = "\n\r\t\f";
    private static final String CONTROL_LETTERS = "nrtf";
    private static final String SYNTAX = "\\=:#! ";

    private PropertiesText() {
    }

    public static String of(Properties properties) {
        StringBuilder text = new StringBuilder(4096);
        for (Map.Entry<Object, Object> e : properties.entrySet()) {
            if (e.getKey() instanceof String && e.getValue() instanceof String) {
                escape((String) e.getKey(), text);
                text.append('=');
                escape((String) e.getValue(), text);
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Reads such text (or any {@code .properties} text) back into a map. */
    public static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        Map<String, String> map = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key));
        }
        return map;
    }

    /** Escapes what load would otherwise read as syntax: separators, comments, line ends, spaces. */
    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int control = CONTROLS.indexOf(c);
            if (control >= 0) {
                out.append('\\').append(CONTROL_LETTERS.charAt(control));
            } else if (SYNTAX.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
