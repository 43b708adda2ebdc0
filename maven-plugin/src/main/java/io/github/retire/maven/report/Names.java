package io.github.retire.maven.report;

import io.github.retire.maven.record.Event;
import io.github.retire.maven.record.TestRun;

/** How the report names things. */
final class Names {
    private Names() {
    }

    /** {@code ATest.method}, without the package; the class alone for a class-level entry. */
    static String shortName(TestRun t) {
        String cls = simple(t.className);
        return t.name == null ? cls : cls + "." + t.name;
    }

    static String simple(String className) {
        if (className == null) {
            return "?";
        }
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }

    static String event(Event e) {
        switch (e.kind) {
            case RETIRED:
                return "retired after " + (e.message == null ? "a failure" : e.message);
            case CRASH:
                return "crash";
            default:
                return "timeout" + (e.stage == null ? "" : " (" + e.stage + " stage)");
        }
    }
}
