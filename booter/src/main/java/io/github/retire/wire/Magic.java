package io.github.retire.wire;

/** The magic words that open every frame, one per direction, so a frame read the wrong way fails at once. */
public final class Magic {
    public static final String EVENTS = "retire-event";
    public static final String COMMANDS = "retire-command";

    private Magic() {
    }
}
