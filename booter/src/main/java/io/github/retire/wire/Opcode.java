package io.github.retire.wire;

/** What the framing needs to know of a message type. */
public interface Opcode {
    /** The ASCII opcode written in the frame header. */
    String opcode();

    /** How many string segments follow the charset segment. */
    int strings();
}
