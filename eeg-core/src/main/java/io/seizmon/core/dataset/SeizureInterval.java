package io.seizmon.core.dataset;

/**
 * A labelled seizure in a continuous recording, in seconds from the recording's start.
 *
 * @param onsetSeconds  onset, &ge; 0
 * @param offsetSeconds offset, &gt; onset
 */
public record SeizureInterval(double onsetSeconds, double offsetSeconds) {

    public SeizureInterval {
        if (!(onsetSeconds >= 0) || !Double.isFinite(onsetSeconds)) {
            throw new IllegalArgumentException("onsetSeconds: " + onsetSeconds + " (expected: finite, >= 0)");
        }
        if (!(offsetSeconds > onsetSeconds) || !Double.isFinite(offsetSeconds)) {
            throw new IllegalArgumentException("offsetSeconds: " + offsetSeconds + " (expected: finite, > onset "
                    + onsetSeconds + ")");
        }
    }

    /** True when [startSeconds, endSeconds) overlaps this seizure. */
    public boolean overlaps(double startSeconds, double endSeconds) {
        return startSeconds < offsetSeconds && endSeconds > onsetSeconds;
    }

    /** Duration in seconds. */
    public double seconds() {
        return offsetSeconds - onsetSeconds;
    }
}
