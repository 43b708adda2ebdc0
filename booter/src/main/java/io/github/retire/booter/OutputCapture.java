package io.github.retire.booter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import io.github.retire.wire.EventType;

/**
 * Sends what tests print through System.out and System.err to the supervisor as events, line by
 * line, so the output lands in the report of the test that printed it (each line names it: with
 * JUnit's parallel mode several tests print at once). Bytes written below Java
 * (JNI, FileDescriptor.out) bypass this and reach the supervisor through the process's own pipes.
 */
final class OutputCapture extends OutputStream {
    /** The most characters of output in one event (docs/PROTOCOL.md). */
    static final int PIECE_CHARS = 8192;

    private final Events events;
    private final EventType type;
    private final Owners owners;

    private OutputCapture(Events events, EventType type, Owners owners) {
        this.events = events;
        this.type = type;
        this.owners = owners;
    }

    static void install(Events events, Owners owners) {
        System.setOut(stream(events, EventType.STDOUT, owners));
        System.setErr(stream(events, EventType.STDERR, owners));
    }

    private static PrintStream stream(Events events, EventType type, Owners owners) {
        try {
            return new PrintStream(new OutputCapture(events, type, owners), true, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One line (or the end of a write without a line break) as events of at most {@link #PIECE_CHARS}
     * characters: the supervisor reads each event whole, so one may not be as big as a test can print.
     * Only the last piece ends the line. A surrogate pair is never cut.
     */
    private void send(String text, int from, int to, boolean newLine, String owner) {
        while (to - from > PIECE_CHARS) {
            int cut = from + PIECE_CHARS;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            events.send(type, 0, text.substring(from, cut), owner);
            from = cut;
        }
        events.send(type, newLine ? 1 : 0, text.substring(from, to), owner);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        // Tests may run side by side: each line names the test that printed it.
        String owner = owners.current();
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            int end = nl > from && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            send(text, from, end, true, owner);
            from = nl + 1;
        }
        if (from < text.length()) {
            send(text, from, text.length(), false, owner);
        }
        // The last lines before a crash are the ones that explain it.
        events.checkpoint();
    }
}
