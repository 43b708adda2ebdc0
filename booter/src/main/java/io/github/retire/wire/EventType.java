package io.github.retire.wire;

/**
 * Worker to supervisor messages. The field layout of each one is documented in docs/PROTOCOL.md;
 * {@link #strings} is how many string segments the frame carries before its one integer segment.
 */
public enum EventType implements Opcode {
    /** First frame on a connection, after its {@link Preamble}: worker id, pid. */
    HELLO("hello", 2),
    /** The worker's system properties, in java.util.Properties text form, for the reports. */
    SYSTEM_PROPERTIES("sys-props", 1),
    TESTSET_STARTING("testset-starting", TestReport.FIELDS),
    /**
     * The static test plan of the class that starts: one line per node below the class, in plan
     * order, {@code T <unique id>} for a test and {@code C <unique id>} for a container.
     */
    PLAN("plan", 1),
    TESTSET_COMPLETED("testset-completed", TestReport.FIELDS),
    TEST_STARTING("test-starting", TestReport.FIELDS),
    TEST_SUCCEEDED("test-succeeded", TestReport.FIELDS),
    TEST_FAILED("test-failed", TestReport.FIELDS),
    TEST_ERROR("test-error", TestReport.FIELDS),
    TEST_SKIPPED("test-skipped", TestReport.FIELDS),
    TEST_ASSUMPTION_FAILURE("test-assumption-failure", TestReport.FIELDS),
    /**
     * Java-level System.out text, and the unique id of the test (or container) running on the thread
     * that printed it, or null; the integer is 1 when a line break follows it.
     */
    STDOUT("stdout", 2),
    /** Java-level System.err text and its test, as STDOUT. */
    STDERR("stderr", 2),
    /**
     * Barrier for native output: the worker wrote the sync marker with this number (the integer) to
     * its stdout and stderr just before; frames after this one wait until both pipes delivered it.
     */
    NATIVE_SYNC("native-sync", 0),
    /**
     * The worker finished the class (or tests) of its oldest run command; it goes on with the next
     * one if the supervisor already sent it, else it waits.
     */
    CLASS_DONE("class-done", 1),
    /**
     * The worker stops after a failure of the test (or container) with this unique id. It waits for
     * RETIRE_ACK, then exits with status 0. The supervisor works out what is left of the class.
     */
    RETIRE("retire", 1),
    /**
     * The Java stage of a hard timeout: the unique id of the test (or class) that overran, the
     * message, and a thread dump with the test thread first. The worker halts right after.
     */
    TIMEOUT("timeout", 3),
    /** A line for the build log: level (INFO or WARNING), text. */
    LOG("log", 2),
    /** The worker cannot run tests at all (e.g. no usable launcher); text. */
    FATAL("fatal", 1);

    private final String opcode;
    private final int strings;

    EventType(String opcode, int strings) {
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
