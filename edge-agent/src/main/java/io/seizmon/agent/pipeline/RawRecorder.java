package io.seizmon.agent.pipeline;

import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.EegFrame;
import java.util.List;

/**
 * Where the pipeline hands what a local recording keeps: the frames the assembler accepted, the breaks in a stream,
 * and every event. Called on the pipeline threads (a stream always on the same one, in the stream's order);
 * implementations must never block, never throw, and must not modify a frame (the pipeline shares it).
 */
public interface RawRecorder {

    /** Records nothing. */
    RawRecorder NONE = new RawRecorder() {
        @Override
        public void onFrame(StreamKey key, EegFrame frame, List<String> labels) {
        }

        @Override
        public void onBreak(StreamKey key) {
        }

        @Override
        public void onEvent(AlertEvent event) {
        }
    };

    /**
     * A frame the stream's assembler accepted (continuous with the one before unless {@link #onBreak} came between).
     *
     * @param labels the stream's channel labels from its metadata, or null when it sent none
     */
    void onFrame(StreamKey key, EegFrame frame, List<String> labels);

    /** The stream broke (a gap, frames dropped, signal lost) or went away: what follows is a new run. */
    void onBreak(StreamKey key);

    /** An event the pipeline decided (any kind, any stream). */
    void onEvent(AlertEvent event);
}
