package io.github.retire.provider.report;

import io.github.retire.wire.TestReport;
import org.apache.maven.surefire.api.report.SafeThrowable;
import org.apache.maven.surefire.api.report.StackTraceWriter;

/** A failure rendered in the worker, handed to Surefire's reporter as the text it would have rendered. */
final class RemoteStackTrace implements StackTraceWriter {
    private final TestReport report;

    RemoteStackTrace(TestReport report) {
        this.report = report;
    }

    @Override
    public String writeTraceToString() {
        return report.fullTrace();
    }

    @Override
    public String writeTrimmedTraceToString() {
        return report.trimmedTrace() != null ? report.trimmedTrace() : report.fullTrace();
    }

    @Override
    public String smartTrimmedStackTrace() {
        return report.smartTrimmedTrace();
    }

    @Override
    public SafeThrowable getThrowable() {
        return new SafeThrowable(report.exceptionMessage());
    }
}
