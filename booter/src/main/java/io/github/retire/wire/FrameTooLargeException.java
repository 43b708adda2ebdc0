package io.github.retire.wire;

import java.io.IOException;

/** A frame declared strings longer than its reader takes: a protocol error, found before they are read. */
public final class FrameTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public FrameTooLargeException(String message) {
        super(message);
    }
}
