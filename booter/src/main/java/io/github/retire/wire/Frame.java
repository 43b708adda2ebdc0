package io.github.retire.wire;

import java.util.Arrays;
import java.util.List;

/**
 * One decoded message: its type, its string segments and its one (nullable) integer segment.
 * Every message has the same shape so that one encoder and one decoder serve both directions.
 */
public final class Frame<T extends Enum<T> & Opcode> {
    private final T type;
    private final List<String> strings;
    private final Integer number;

    public Frame(T type, Integer number, List<String> strings) {
        if (strings.size() != type.strings()) {
            throw new IllegalArgumentException(type + " takes " + type.strings() + " strings, got " + strings.size());
        }
        this.type = type;
        this.number = number;
        this.strings = strings;
    }

    public static <T extends Enum<T> & Opcode> Frame<T> of(T type, Integer number, String... strings) {
        return new Frame<>(type, number, Arrays.asList(strings));
    }

    public T type() {
        return type;
    }

    public String string(int index) {
        return strings.get(index);
    }

    public List<String> strings() {
        return strings;
    }

    /** The integer segment, or null. */
    public Integer number() {
        return number;
    }

    @Override
    public String toString() {
        return type + strings.toString() + (number == null ? "" : "#" + number);
    }
}
