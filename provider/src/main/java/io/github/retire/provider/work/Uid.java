package io.github.retire.provider.work;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Reading JUnit Platform unique ids as text ({@code [engine:x]/[class:a.B]/[method:m()]}). JUnit
 * encodes '/', '[', ']' and ':' inside values, so the separators below are unambiguous.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Uid {
    private Uid() {
    }

    static String parent(String uid) {
        int at = uid.lastIndexOf("/[");
        return at < 0 ? "" : uid.substring(0, at);
    }

    static String type(String uid) {
        String last = last(uid);
        int colon = last.indexOf(':');
        return colon < 0 ? last : last.substring(0, colon);
    }

    /** The n of a dynamic segment {@code [type:#n]}, or -1. */
    static int dynamicIndex(String uid) {
        String last = last(uid);
        int at = last.indexOf(":#");
        if (at < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(last.substring(at + 2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The name a test that never started gets in the reports, from its unique id alone: a method's name
     * as stock names a plain test method ({@code m} of {@code [method:m(int)]}, and of JUnit 4's
     * {@code [test:m(a.B)]}), else the last segment's value.
     */
    public static String testName(String uid) {
        String last = last(uid);
        int colon = last.indexOf(':');
        String value = colon < 0 ? last : last.substring(colon + 1);
        String type = colon < 0 ? "" : last.substring(0, colon);
        int paren = value.indexOf('(');
        return (type.equals("method") || type.equals("test")) && paren > 0 ? value.substring(0, paren) : value;
    }

    /** The child of {@code ancestor} on the way down to {@code descendant}. */
    static String childOnPath(String ancestor, String descendant) {
        int end = descendant.indexOf("/[", ancestor.length() + 1);
        return end < 0 ? descendant : descendant.substring(0, end);
    }

    private static String last(String uid) {
        int at = uid.lastIndexOf("/[");
        String segment = at < 0 ? uid : uid.substring(at + 1);
        return segment.startsWith("[") && segment.endsWith("]") ? segment.substring(1, segment.length() - 1) : segment;
    }
}
