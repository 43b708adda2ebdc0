package io.github.retire.maven.record;

/** One test case as Surefire reported it: a test, a class-level error, or an error the supervisor wrote. */
public final class TestRun {
    /** The worker that ran it or was charged with it, or null (not run). */
    public final Integer worker;
    /** JUnit's unique id, or null. */
    public final String uid;
    public final String className;
    /** The method or display name as Surefire reports it, or null (a class-level entry). */
    public final String name;
    public final String display;
    /** Epoch millis, the supervisor's. */
    public final long start;
    public final long end;
    /** The worker's own measure in ms, or null. */
    public final Integer elapsed;
    /** {@code passed}, {@code failed}, {@code error} or {@code skipped}. */
    public final String outcome;
    /** 0 for a normal run, n for the n-th rerun round. */
    public final int rerun;
    /** Its line's place in the file: ties of {@link #start} go by it. */
    public final int line;

    TestRun(Fields f, int line) {
        this.worker = f.integer("worker");
        this.uid = f.str("uid");
        this.className = f.str("class");
        this.name = f.str("name");
        this.display = f.str("display");
        this.end = f.num("end", 0);
        this.start = f.num("start", end);
        this.elapsed = f.integer("elapsed");
        this.outcome = f.str("outcome") == null ? "error" : f.str("outcome");
        this.rerun = (int) f.num("rerun", 0);
        this.line = line;
    }

    /** Whether it failed or erred. */
    public boolean failed() {
        return "failed".equals(outcome) || "error".equals(outcome);
    }

    /** {@code Class#method} (for -Dtest), or the class alone for a class-level entry. */
    public String testFilter() {
        return name == null ? className : className + "#" + name;
    }

    @Override
    public String toString() {
        return testFilter() + " " + outcome + (worker == null ? "" : " in worker " + worker);
    }
}
