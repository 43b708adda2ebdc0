package io.github.retire.wire;

import java.util.Arrays;
import java.util.List;

/**
 * The wire form of one Surefire report entry: the names Surefire's reporters print, and the
 * failure, already rendered to text in the worker (the throwable itself never crosses the wire).
 */
public final class TestReport {
    static final int FIELDS = 10;

    private final String uniqueId;
    private final String sourceName;
    private final String sourceText;
    private final String name;
    private final String nameText;
    private final String message;
    private final String exceptionMessage;
    private final String smartTrimmedTrace;
    private final String fullTrace;
    private final String trimmedTrace;
    private final Integer elapsed;

    public TestReport(String uniqueId, String sourceName, String sourceText, String name, String nameText,
                      String message, String exceptionMessage, String smartTrimmedTrace, String fullTrace,
                      String trimmedTrace, Integer elapsed) {
        this.uniqueId = uniqueId;
        this.sourceName = sourceName;
        this.sourceText = sourceText;
        this.name = name;
        this.nameText = nameText;
        this.message = message;
        this.exceptionMessage = exceptionMessage;
        this.smartTrimmedTrace = smartTrimmedTrace;
        this.fullTrace = fullTrace;
        this.trimmedTrace = trimmedTrace;
        this.elapsed = elapsed;
    }

    /** A report with names only: no failure, no time. */
    public static TestReport named(String uniqueId, String sourceName, String sourceText, String name, String nameText) {
        return new TestReport(uniqueId, sourceName, sourceText, name, nameText, null, null, null, null, null, null);
    }

    public <T extends Enum<T> & Opcode> Frame<T> toFrame(T type) {
        return new Frame<>(type, elapsed, Arrays.asList(uniqueId, sourceName, sourceText, name, nameText, message,
                exceptionMessage, smartTrimmedTrace, fullTrace, trimmedTrace));
    }

    public static TestReport fromFrame(Frame<?> frame) {
        List<String> s = frame.strings();
        return new TestReport(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5), s.get(6), s.get(7),
                s.get(8), s.get(9), frame.number());
    }

    /** The same report with another elapsed time. */
    public TestReport withElapsed(Integer newElapsed) {
        return new TestReport(uniqueId, sourceName, sourceText, name, nameText, message, exceptionMessage,
                smartTrimmedTrace, fullTrace, trimmedTrace, newElapsed);
    }

    /** JUnit Platform unique id of the test or container; the supervisor's key for it. */
    public String uniqueId() {
        return uniqueId;
    }

    public String sourceName() {
        return sourceName;
    }

    public String sourceText() {
        return sourceText;
    }

    public String name() {
        return name;
    }

    public String nameText() {
        return nameText;
    }

    public String message() {
        return message;
    }

    /** True when the entry carries a failure (a stack trace was rendered). */
    public boolean hasFailure() {
        return fullTrace != null;
    }

    public String exceptionMessage() {
        return exceptionMessage;
    }

    public String smartTrimmedTrace() {
        return smartTrimmedTrace;
    }

    public String fullTrace() {
        return fullTrace;
    }

    public String trimmedTrace() {
        return trimmedTrace;
    }

    public Integer elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return sourceName + (name == null ? "" : "." + name);
    }
}
