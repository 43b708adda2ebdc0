package io.github.retire.booter;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.maven.surefire.api.report.StackTraceWriter;
import org.apache.maven.surefire.report.PojoStackTraceWriter;

/**
 * A test's failure as the texts of its report, whatever its throwable does. A throwable that behaves is
 * rendered by Surefire's own writer, so the texts are stock's. One whose {@code getMessage},
 * {@code toString}, {@code getCause} or {@code getStackTrace} throws, or whose causes run in a circle or
 * without end, would make that writer throw or loop, and the test would vanish from the report (as it
 * does on stock): such a one is rendered here, from its class name and frames, and says what broke.
 */
final class FailureText {
    /** Causes and suppressed throwables looked at before a throwable counts as endless. */
    private static final int MOST_NESTED = 1000;
    /** Causes written out by the fallback rendering. */
    private static final int MOST_CAUSES = 16;

    final String exceptionMessage;
    final String smartTrimmedTrace;
    final String fullTrace;
    final String trimmedTrace;

    private FailureText(String exceptionMessage, String smartTrimmedTrace, String fullTrace, String trimmedTrace) {
        this.exceptionMessage = exceptionMessage;
        this.smartTrimmedTrace = smartTrimmedTrace;
        this.fullTrace = fullTrace;
        this.trimmedTrace = trimmedTrace;
    }

    /** Never throws (short of an OutOfMemoryError, which it passes on, as JUnit does). */
    static FailureText of(String testClass, String testMethod, Throwable t) {
        if (t == null || behaves(t)) {
            try {
                StackTraceWriter trace = new PojoStackTraceWriter(testClass, testMethod, t);
                String exceptionMessage = t == null ? null : trace.getThrowable().getLocalizedMessage();
                String smart = trace.smartTrimmedStackTrace();
                String full = trace.writeTraceToString();
                // Surefire's trimmed form follows causes until there are none: around a circle, for ever.
                // (Stock renders it only with trimStackTrace, and hangs there.)
                String trimmed = t != null && causesCircle(t) ? fallback(testClass, testMethod, t).trimmedTrace
                        : trace.writeTrimmedTraceToString();
                return new FailureText(exceptionMessage, smart, full, trimmed);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                // it behaved while we looked and not while Surefire rendered it
            }
        }
        return fallback(testClass, testMethod, t);
    }

    /**
     * Whether every throwable in it answers without throwing, and there are not endlessly many: the JDK
     * and Surefire render them all.
     */
    private static boolean behaves(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(t);
        try {
            while (!next.isEmpty()) {
                Throwable x = next.remove();
                if (!seen.add(x)) {
                    continue;
                }
                if (seen.size() > MOST_NESTED) {
                    return false;
                }
                x.toString();
                x.getMessage();
                x.getLocalizedMessage();
                x.getStackTrace();
                Throwable cause = x.getCause();
                if (cause != null) {
                    next.add(cause);
                }
                Collections.addAll(next, x.getSuppressed());
            }
            return true;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Whether its chain of causes comes back to one it had (asked only of one that {@link #behaves}). */
    private static boolean causesCircle(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (!seen.add(x)) {
                return true;
            }
        }
        return false;
    }

    private static FailureText fallback(String testClass, String testMethod, Throwable t) {
        String message = safeMessage(t);
        StringBuilder full = new StringBuilder(describe(t, message)).append('\n');
        appendFrames(full, t);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(t);
        Throwable x = t;
        for (int depth = 0; ; depth++) {
            Throwable cause;
            try {
                cause = x.getCause();
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                full.append("Caused by: ").append(threw("getCause()", e)).append('\n');
                break;
            }
            if (cause == null) {
                break;
            }
            if (depth == MOST_CAUSES) {
                full.append("Caused by: [more causes, left out]\n");
                break;
            }
            if (!seen.add(cause)) {
                full.append("Caused by: [CIRCULAR REFERENCE: ").append(describe(cause, safeMessage(cause))).append("]\n");
                break;
            }
            full.append("Caused by: ").append(describe(cause, safeMessage(cause))).append('\n');
            appendFrames(full, cause);
            x = cause;
        }
        String smart = smartTrimmed(testClass, testMethod, t, message);
        return new FailureText(message, smart, full.toString(), full.toString());
    }

    /** What its first line says, "type: message", whatever it does. */
    static String headline(Throwable t) {
        return describe(t, safeMessage(t));
    }

    /** {@link Throwable#getMessage()}, or what went wrong asking for it. */
    static String message(Throwable t) {
        if (t == null) {
            return null;
        }
        try {
            return t.getMessage();
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return threw("getMessage()", e);
        }
    }

    /** Its localized message, or what went wrong asking for it. */
    private static String safeMessage(Throwable t) {
        try {
            return t.getLocalizedMessage();
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return threw("getLocalizedMessage()", e);
        }
    }

    /** "[call threw type: message]", asking the second throwable for its message only once and safely. */
    private static String threw(String call, Throwable e) {
        String inner;
        try {
            inner = e.getMessage();
        } catch (OutOfMemoryError again) {
            throw again;
        } catch (Throwable again) {
            inner = null;
        }
        return "[" + call + " threw " + e.getClass().getName() + (inner == null ? "" : ": " + inner) + "]";
    }

    /** What {@link Throwable#toString()} says, without calling it. */
    private static String describe(Throwable t, String message) {
        return t.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private static void appendFrames(StringBuilder text, Throwable t) {
        try {
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            text.append("\t[getStackTrace() threw ").append(e.getClass().getName()).append("]\n");
        }
    }

    /** Surefire's one-line form, "Test.method:line » Type message", as far as it can be had. */
    private static String smartTrimmed(String testClass, String testMethod, Throwable t, String message) {
        StringBuilder line = new StringBuilder();
        line.append(testClass == null ? "" : testClass.substring(testClass.lastIndexOf('.') + 1));
        if (testMethod != null && !testMethod.isEmpty()) {
            line.append('.').append(testMethod);
        }
        try {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().equals(testClass)) {
                    line.append(':').append(frame.getLineNumber());
                    break;
                }
            }
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // no line then
        }
        String type = t.getClass().getName();
        if (!(t instanceof AssertionError || type.startsWith("org.opentest4j.") || type.startsWith("junit.framework."))) {
            // Surefire's short type: IllegalState for IllegalStateException
            String simple = t.getClass().getSimpleName();
            line.append(" » ").append(simple.endsWith("Exception") || simple.endsWith("Error")
                    ? simple.substring(0, simple.length() - (simple.endsWith("Error") ? 5 : 9)) : simple);
        }
        if (message != null && !message.isEmpty()) {
            line.append(' ').append(message);
        }
        return line.toString();
    }
}
