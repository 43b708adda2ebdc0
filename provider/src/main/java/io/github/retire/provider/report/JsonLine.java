package io.github.retire.provider.report;

/**
 * One line of the run record: a JSON object built in place, with nothing but the standard library (the
 * supervisor runs in Surefire's fork, which must not get another library from retire).
 */
final class JsonLine {
    private final StringBuilder b = new StringBuilder(160).append('{');

    JsonLine str(String name, String value) {
        name(name);
        if (value == null) {
            b.append("null");
        } else {
            quote(b, value);
        }
        return this;
    }

    JsonLine num(String name, Number value) {
        name(name);
        b.append(value == null ? "null" : value.toString());
        return this;
    }

    JsonLine num(String name, long value) {
        name(name);
        b.append(value);
        return this;
    }

    JsonLine bool(String name, boolean value) {
        name(name);
        b.append(value);
        return this;
    }

    private void name(String name) {
        if (b.length() > 1) {
            b.append(',');
        }
        b.append('"').append(name).append("\":");
    }

    String end() {
        return b.append("}\n").toString();
    }

    /** Control characters and surrogates escaped: a lone surrogate would fail the UTF-8 encoder. */
    static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
