package io.seizmon.core.detect;

/**
 * A model's seizure probability for one window.
 *
 * @param windowIndex index of the window in its stream
 * @param startMicros time of the window's first sample, µs since epoch
 * @param endMicros   time just after its last sample, µs since epoch
 * @param probability seizure probability in [0, 1]
 */
public record WindowScore(long windowIndex, long startMicros, long endMicros, double probability) {

    public WindowScore {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability: " + probability + " (expected: 0 to 1)");
        }
        if (endMicros < startMicros) {
            throw new IllegalArgumentException("endMicros: " + endMicros + " (expected: >= startMicros "
                    + startMicros + ")");
        }
    }
}
