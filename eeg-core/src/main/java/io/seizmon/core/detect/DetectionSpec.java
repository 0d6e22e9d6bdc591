package io.seizmon.core.detect;

/**
 * The settings of a {@link DetectionPolicy}.
 *
 * <ul>
 *   <li>A window is <em>positive</em> when its probability is &ge; {@code threshold}.</li>
 *   <li>Candidate: a positive window opens a candidate episode when the history holds no earlier positive; the
 *       episode ends when the last {@code onsetOf} windows hold no positive (or at a gap or poor signal).</li>
 *   <li>Onset: at least {@code onsetWindows} of the last {@code onsetOf} scored windows are positive, the span from
 *       the candidate's first positive window's start to the current window's end is &ge;
 *       {@code minEventSeconds}, and the current window ends at or after the previous event's offset plus
 *       {@code refractorySeconds}. The onset time is the candidate's first positive window's start.</li>
 *   <li>Offset: {@code offsetWindows} consecutive windows that are not positive (poor-signal windows count as not
 *       positive); the offset time is the end of the last positive window.</li>
 * </ul>
 *
 * @param threshold         probability threshold, in (0, 1]
 * @param onsetWindows      k: positives needed for onset, 1 &le; k &le; n
 * @param onsetOf           n: the sliding history length for onset, 1 to {@value #MAX_HISTORY}
 * @param offsetWindows     m: consecutive non-positive windows that end an event, &ge; 1
 * @param minEventSeconds   shortest span an onset must cover, seconds, &ge; 0
 * @param refractorySeconds quiet time after an offset before a new onset may be declared, seconds, &ge; 0
 */
public record DetectionSpec(double threshold, int onsetWindows, int onsetOf, int offsetWindows,
                            double minEventSeconds, double refractorySeconds) {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_ONSET_WINDOWS = 3;
    public static final int DEFAULT_ONSET_OF = 4;
    public static final int DEFAULT_OFFSET_WINDOWS = 3;
    public static final double DEFAULT_MIN_EVENT_SECONDS = 0.0;
    public static final double DEFAULT_REFRACTORY_SECONDS = 30.0;
    /** Largest supported history length n. */
    public static final int MAX_HISTORY = 64;

    /** The defaults: threshold 0.5, 3 of 4 windows for onset, 3 below for offset, no minimum, 30 s refractory. */
    public static final DetectionSpec DEFAULTS = of(DEFAULT_THRESHOLD, DEFAULT_ONSET_WINDOWS, DEFAULT_ONSET_OF,
            DEFAULT_OFFSET_WINDOWS, DEFAULT_MIN_EVENT_SECONDS, DEFAULT_REFRACTORY_SECONDS);

    /** Use {@link #of}; the canonical constructor validates too. */
    public DetectionSpec {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold: " + threshold + " (expected: > 0 and <= 1)");
        }
        if (onsetOf < 1 || onsetOf > MAX_HISTORY) {
            throw new IllegalArgumentException("onsetOf: " + onsetOf + " (expected: 1 to " + MAX_HISTORY + ")");
        }
        if (onsetWindows < 1 || onsetWindows > onsetOf) {
            throw new IllegalArgumentException("onsetWindows: " + onsetWindows + " (expected: 1 to onsetOf "
                    + onsetOf + ")");
        }
        if (offsetWindows < 1) {
            throw new IllegalArgumentException("offsetWindows: " + offsetWindows + " (expected: >= 1)");
        }
        if (!(minEventSeconds >= 0 && Double.isFinite(minEventSeconds))) {
            throw new IllegalArgumentException("minEventSeconds: " + minEventSeconds + " (expected: finite, >= 0)");
        }
        if (!(refractorySeconds >= 0 && Double.isFinite(refractorySeconds))) {
            throw new IllegalArgumentException("refractorySeconds: " + refractorySeconds
                    + " (expected: finite, >= 0)");
        }
    }

    /** Checks every argument and returns the spec. */
    public static DetectionSpec of(double threshold, int onsetWindows, int onsetOf, int offsetWindows,
                                   double minEventSeconds, double refractorySeconds) {
        return new DetectionSpec(threshold, onsetWindows, onsetOf, offsetWindows, minEventSeconds,
                refractorySeconds);
    }

    /** Returns a copy with another threshold. */
    public DetectionSpec withThreshold(double newThreshold) {
        return of(newThreshold, onsetWindows, onsetOf, offsetWindows, minEventSeconds, refractorySeconds);
    }
}
