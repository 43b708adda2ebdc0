package io.github.retire.wire;

/**
 * A stream under a {@link FrameEncoder} that wants to know where frames end, as the {@link Journal}
 * does: it keeps only whole frames.
 */
public interface FrameSink {
    /** The bytes written since the last call make one whole frame. */
    void endFrame();
}
