package io.github.retire.wire;

/** Supervisor to worker messages; see docs/PROTOCOL.md. */
public enum CommandType implements Opcode {
    /** Run one test class: class name. */
    RUN_CLASS("run-class", 1),
    /**
     * Run several classes in one launcher execution, for JUnit Jupiter's parallel mode with classes
     * concurrent: class names, one per line.
     */
    RUN_CLASSES("run-classes", 1),
    /** Run some tests of one class: class name, JUnit unique ids one per line. */
    RUN_TESTS("run-tests", 2),
    /** The supervisor has taken the worker's RETIRE; the worker may exit. */
    RETIRE_ACK("retire-ack", 0),
    /**
     * skipAfterFailureCount across all workers: this many more failures (a whole number, as text) and the
     * worker drains; 0: drain now. Taken at once, also in the middle of a class.
     */
    FAILURES_LEFT("failures-left", 1),
    /**
     * Surefire told its fork to shut down (forkedProcessTimeoutInSeconds, a stop): write a thread
     * dump to Surefire's dump file of the fork, where the fork writes its own. The worker goes on.
     */
    DUMP_THREADS("dump-threads", 0),
    /** Finish: flush and exit with status 0. */
    SHUTDOWN("shutdown", 0);

    private final String opcode;
    private final int strings;

    CommandType(String opcode, int strings) {
        this.opcode = opcode;
        this.strings = strings;
    }

    @Override
    public String opcode() {
        return opcode;
    }

    @Override
    public int strings() {
        return strings;
    }
}
