package io.seizmon.core.window;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;

/**
 * Receives what a {@link WindowAssembler} produces, on the assembler's thread, in stream order.
 *
 * <p>Implementations must not throw; they must not keep the {@link Window} beyond the call (it is a view on the
 * assembler's ring and changes with the next sample).
 */
public interface WindowSink {

    /** A full window is ready. The view is valid only during this call. */
    void onWindow(Window window);

    /** The stream broke: the next window starts after this gap. */
    void onGap(GapMarker gap);

    /** A frame was not used, for the stated reason; other frames of the stream are unaffected. */
    void onRejected(EegFrame frame, RejectReason reason, String detail);
}
