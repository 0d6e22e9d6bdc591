package io.seizmon.core.dataset;

import java.util.Objects;

/**
 * One window of a dataset entry with its feature vector and label.
 *
 * @param startSeconds time of the window's first sample, seconds from the recording's start
 * @param endSeconds   time just after its last sample, seconds from the recording's start
 * @param seizure      the label: true for seizure (see {@link WindowedFeatures} for the rule)
 * @param features     the {@code binCount} features of the window, laid out as {@code docs/features.md} says
 *                     (feature {@code k} = log10 power of the 1-Hz band centred on {@code k} Hz); the record owns
 *                     the array and callers must not modify it
 */
public record LabelledWindow(double startSeconds, double endSeconds, boolean seizure, float[] features) {

    public LabelledWindow {
        Objects.requireNonNull(features, "features");
        if (!(endSeconds > startSeconds)) {
            throw new IllegalArgumentException("endSeconds: " + endSeconds + " (expected: > startSeconds "
                    + startSeconds + ")");
        }
    }

    /** Length of the window in seconds. */
    public double seconds() {
        return endSeconds - startSeconds;
    }
}
