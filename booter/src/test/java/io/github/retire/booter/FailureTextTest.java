package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.maven.surefire.report.PojoStackTraceWriter;
import org.junit.jupiter.api.Test;

/** Issue 14, item 10: a throwable that breaks its renderer must not lose its test. */
class FailureTextTest {
    private static final String CLASS = FailureTextTest.class.getName();

    static class Unprintable extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage() is broken");
        }

        @Override
        public String getLocalizedMessage() {
            throw new IllegalStateException("getLocalizedMessage() is broken");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString() is broken");
        }
    }

    static class CauseThrows extends RuntimeException {
        CauseThrows() {
            super("my cause throws");
        }

        @Override
        public synchronized Throwable getCause() {
            throw new IllegalStateException("getCause() is broken");
        }
    }

    static class EndlessCauses extends RuntimeException {
        EndlessCauses() {
            super("without end");
        }

        @Override
        public synchronized Throwable getCause() {
            return new EndlessCauses();
        }
    }

    @Test
    void aThrowableThatBehavesIsRenderedAsSurefireRendersIt() {
        Exception t = new IllegalArgumentException("plain", new RuntimeException("cause"));
        PojoStackTraceWriter stock = new PojoStackTraceWriter(CLASS, "m", t);
        FailureText text = FailureText.of(CLASS, "m", t);
        assertEquals(stock.getThrowable().getLocalizedMessage(), text.exceptionMessage);
        assertEquals(stock.smartTrimmedStackTrace(), text.smartTrimmedTrace);
        assertEquals(stock.writeTraceToString(), text.fullTrace);
        assertEquals(stock.writeTrimmedTraceToString(), text.trimmedTrace);
        assertEquals("plain", FailureText.message(t));
    }

    @Test
    void anUnprintableThrowableSaysWhatBroke() {
        FailureText text = FailureText.of(CLASS, "m", new Unprintable());
        String type = Unprintable.class.getName();
        assertTrue(text.fullTrace.startsWith(type + ": [getLocalizedMessage() threw java.lang.IllegalStateException: "
                + "getLocalizedMessage() is broken]\n\tat " + CLASS + "."), text.fullTrace);
        assertEquals(text.fullTrace, text.trimmedTrace);
        assertTrue(text.smartTrimmedTrace.startsWith("FailureTextTest.m:"), text.smartTrimmedTrace);
        assertTrue(text.smartTrimmedTrace.contains(" » Unprintable [getLocalizedMessage() threw"), text.smartTrimmedTrace);
        assertEquals("[getMessage() threw java.lang.IllegalStateException: getMessage() is broken]",
                FailureText.message(new Unprintable()));
    }

    @Test
    void aCauseThatThrowsIsNamed() {
        FailureText text = FailureText.of(CLASS, "m", new CauseThrows());
        assertTrue(text.fullTrace.startsWith(CauseThrows.class.getName() + ": my cause throws\n"), text.fullTrace);
        assertTrue(text.fullTrace.contains("Caused by: [getCause() threw java.lang.IllegalStateException: "
                + "getCause() is broken]"), text.fullTrace);
    }

    @Test
    void causesInACircleEnd() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        FailureText text = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FailureText.of(CLASS, "m", a));
        // the full trace is the JDK's, which knows circles; the trimmed one, Surefire's, would never end
        assertEquals(new PojoStackTraceWriter(CLASS, "m", a).writeTraceToString(), text.fullTrace);
        assertTrue(text.trimmedTrace.contains("Caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: a]"),
                text.trimmedTrace);
    }

    @Test
    void causesWithoutEndAreCut() {
        FailureText text = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FailureText.of(CLASS, "m", new EndlessCauses()));
        assertTrue(text.fullTrace.endsWith("Caused by: [more causes, left out]\n"), text.fullTrace);
    }
}
