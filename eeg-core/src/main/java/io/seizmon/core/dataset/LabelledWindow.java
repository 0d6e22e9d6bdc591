package io.seizmon.core.dataset;

import io.seizmon.core.wire.ChannelQuality;
import java.util.Objects;

/**
 * One window of a dataset entry with its feature vector and label.
 *
 * @param startSeconds time of the window's first sample, seconds from the recording's start
 * @param endSeconds   time just after its last sample, seconds from the recording's start
 * @param seizure      the label: true for seizure (see {@link WindowedFeatures} for the rule)
 * @param features     the {@code binCount} features of the window, laid out as {@code docs/features.md} says
 *                     (feature {@code k} = log10 power of the 1-Hz band centred on {@code k} Hz); the record owns
 *                     the array and callers must not modify it; all NaN when {@code quality} is not
 *                     {@link ChannelQuality#OK}
 * @param quality      the signal quality gate's verdict ({@link ChannelQuality#OK} when the windows were not gated):
 *                     a window that is not OK is not scored, as in the edge agent
 */
public record LabelledWindow(double startSeconds, double endSeconds, boolean seizure, float[] features,
                             ChannelQuality quality) {

    public LabelledWindow {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(quality, "quality");
        if (!(endSeconds > startSeconds)) {
            throw new IllegalArgumentException("endSeconds: " + endSeconds + " (expected: > startSeconds "
                    + startSeconds + ")");
        }
    }

    /** A window that was not gated, or passed the gate. */
    public LabelledWindow(double startSeconds, double endSeconds, boolean seizure, float[] features) {
        this(startSeconds, endSeconds, seizure, features, ChannelQuality.OK);
    }

    /** Length of the window in seconds. */
    public double seconds() {
        return endSeconds - startSeconds;
    }
}
