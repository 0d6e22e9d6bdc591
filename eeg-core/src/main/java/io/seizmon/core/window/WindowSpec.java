package io.seizmon.core.window;

/**
 * How a stream is cut into windows: sample rate, window length and hop, in seconds and in samples.
 *
 * <p>{@code windowSamples = round(sampleRateHz * windowSeconds)}, {@code hopSamples = round(sampleRateHz *
 * hopSeconds)}. The first window of a continuous run ends at its {@code windowSamples}-th sample; each next one
 * ends {@code hopSamples} later. Hop equal to the window length gives non-overlapping segments (the seed method).
 *
 * @param sampleRateHz  samples per second, {@value #MIN_SAMPLE_RATE_HZ} to {@value #MAX_SAMPLE_RATE_HZ}
 * @param windowSeconds window length in seconds
 * @param hopSeconds    distance between consecutive window starts in seconds, &le; windowSeconds
 * @param windowSamples window length in samples
 * @param hopSamples    hop in samples, &ge; 1
 */
public record WindowSpec(double sampleRateHz, double windowSeconds, double hopSeconds, int windowSamples,
                         int hopSamples) {

    /** Default window length, as in the seed method. */
    public static final double DEFAULT_WINDOW_SECONDS = 5.0;
    /** Default hop: a decision every second. */
    public static final double DEFAULT_HOP_SECONDS = 1.0;
    /** Lowest supported sample rate. */
    public static final double MIN_SAMPLE_RATE_HZ = 64.0;
    /** Highest supported sample rate. */
    public static final double MAX_SAMPLE_RATE_HZ = 4000.0;
    /** Longest supported window. */
    public static final double MAX_WINDOW_SECONDS = 60.0;

    /** Use {@link #of}; this constructor checks consistency only. */
    public WindowSpec {
        if (windowSamples != Math.round(sampleRateHz * windowSeconds)
                || hopSamples != Math.round(sampleRateHz * hopSeconds)) {
            throw new IllegalArgumentException("windowSamples/hopSamples: " + windowSamples + "/" + hopSamples
                    + " (expected: round(sampleRateHz * seconds), use WindowSpec.of)");
        }
    }

    /** Returns the spec for a rate with the default 5-s window and 1-s hop. */
    public static WindowSpec of(double sampleRateHz) {
        return of(sampleRateHz, DEFAULT_WINDOW_SECONDS, DEFAULT_HOP_SECONDS);
    }

    /**
     * Checks every argument and returns the spec.
     *
     * @throws IllegalArgumentException naming the argument, its value and what was expected
     */
    public static WindowSpec of(double sampleRateHz, double windowSeconds, double hopSeconds) {
        if (!(sampleRateHz >= MIN_SAMPLE_RATE_HZ && sampleRateHz <= MAX_SAMPLE_RATE_HZ)) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: "
                    + MIN_SAMPLE_RATE_HZ + " to " + MAX_SAMPLE_RATE_HZ + ")");
        }
        if (!(windowSeconds > 0 && windowSeconds <= MAX_WINDOW_SECONDS)) {
            throw new IllegalArgumentException("windowSeconds: " + windowSeconds + " (expected: > 0 and <= "
                    + MAX_WINDOW_SECONDS + ")");
        }
        if (!(hopSeconds > 0 && hopSeconds <= windowSeconds)) {
            throw new IllegalArgumentException("hopSeconds: " + hopSeconds + " (expected: > 0 and <= windowSeconds "
                    + windowSeconds + ")");
        }
        long hop = Math.round(sampleRateHz * hopSeconds);
        if (hop < 1) {
            throw new IllegalArgumentException("hopSeconds: " + hopSeconds + " (expected: at least one sample at "
                    + sampleRateHz + " Hz)");
        }
        return new WindowSpec(sampleRateHz, windowSeconds, hopSeconds,
                (int) Math.round(sampleRateHz * windowSeconds), (int) hop);
    }

    /** Returns the duration of {@code samples} samples in microseconds, rounded. */
    public long samplesToMicros(long samples) {
        return Math.round(samples * 1e6 / sampleRateHz);
    }
}
