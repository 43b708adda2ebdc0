package io.github.retire.maven.record;

/** The record's first line: the execution as it started. */
public final class Run {
    public final int version;
    /** {@code surefire} or {@code failsafe}. */
    public final String plugin;
    /** retire's version, or null. */
    public final String retire;
    /** Epoch millis. */
    public final long started;
    public final int workers;
    public final boolean onFailure;
    /** The number of classes (pieces of work) the run set out with. */
    public final int classes;
    public final String jdk;

    Run(Fields f) {
        this.version = f.integer("version") == null ? 0 : f.integer("version");
        this.plugin = f.str("plugin");
        this.retire = f.str("retire");
        this.started = f.num("started", 0);
        this.workers = (int) f.num("workers", 0);
        this.onFailure = f.bool("onFailure");
        this.classes = (int) f.num("classes", 0);
        this.jdk = f.str("jdk");
    }
}
