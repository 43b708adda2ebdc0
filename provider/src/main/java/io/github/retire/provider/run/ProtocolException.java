package io.github.retire.provider.run;

/**
 * A worker sent something it may not send in its state (an event of a test it never started, of a
 * class it was not given, a class-done while idle). It costs that worker, never the run: the
 * supervisor ends it, and what it left is reported or moved on as after a crash.
 */
final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProtocolException(String message) {
        super(message);
    }
}
