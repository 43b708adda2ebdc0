package io.github.retire.wire;

/** Supervisor to worker messages; see docs/PROTOCOL.md. */
public enum CommandType implements Opcode {
    /** Run one test class: class name. */
    RUN_CLASS("run-class", 1),
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
