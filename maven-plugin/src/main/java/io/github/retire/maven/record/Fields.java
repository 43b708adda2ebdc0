package io.github.retire.maven.record;

import java.util.Map;

/** Typed access to one parsed line: a field missing or of another type reads as null (the format grows). */
final class Fields {
    private final Map<String, Object> map;

    Fields(Map<String, Object> map) {
        this.map = map;
    }

    String str(String name) {
        Object v = map.get(name);
        return v instanceof String ? (String) v : null;
    }

    Long num(String name) {
        Object v = map.get(name);
        return v instanceof Number ? ((Number) v).longValue() : null;
    }

    long num(String name, long otherwise) {
        Long v = num(name);
        return v == null ? otherwise : v;
    }

    Integer integer(String name) {
        Long v = num(name);
        return v == null ? null : v.intValue();
    }

    boolean bool(String name) {
        return Boolean.TRUE.equals(map.get(name));
    }
}
