package io.seizmon.core.feature;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The exact description of the feature computation for one channel's window; models carry it in their metadata
 * ({@link #toMetadata()}) and the agent refuses a model whose spec is not {@link #equals equal} to its own.
 *
 * <p>{@link #id()} names the algorithm and its version ({@value #ID_V1}): Welch's method with 1-s Hann segments at
 * 50% overlap, aligned to the end of the window, each linearly detrended and zero-padded to a power of two;
 * one-sided PSD density; integrated over 1-Hz bands; {@code log10(power + epsilon)}. The other components are its
 * parameters. Any change to the computation itself gets a new id. {@code docs/features.md} gives the formulas.
 *
 * <p>Derived sizes (all in samples of one channel, {@code fs = sampleRateHz}):
 * <ul>
 *   <li>{@link #windowSamples()} {@code n = round(windowSeconds * fs)}: the window the estimator reads;</li>
 *   <li>{@link #segmentSamples()} {@code L = round(fs)} (1 s), {@link #segmentStepSamples()}
 *       {@code step = L - floor(L / 2)};</li>
 *   <li>{@link #segmentCount()} {@code m = 1 + floor((n - L) / step)}, {@link #skippedSamples()}
 *       {@code n - L - (m - 1) * step} oldest samples that no segment covers;</li>
 *   <li>{@link #fftSize()} {@code N} = the smallest power of two &ge; {@code L}; Welch bin spacing
 *       {@code fs / N} Hz.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. The canonical constructor checks every component, so an invalid spec
 * cannot exist.
 *
 * @param id            algorithm identifier, exactly {@value #ID_V1}
 * @param sampleRateHz  samples per second of the channel, in [{@value #MIN_SAMPLE_RATE_HZ},
 *                      {@value #MAX_SAMPLE_RATE_HZ}] Hz
 * @param windowSeconds window length in seconds, in [{@value #MIN_WINDOW_SECONDS}, {@value #MAX_WINDOW_SECONDS}]
 * @param binCount      number of 1-Hz features; feature {@code k} is centred on {@code k} Hz, in [1,
 *                      {@value #MAX_BIN_COUNT}]
 * @param epsilon       offset added to each band power before the logarithm, in µV², finite and &gt; 0
 */
public record FeatureSpec(String id, double sampleRateHz, double windowSeconds, int binCount, double epsilon) {

    /** The only algorithm this version of eeg-core implements. */
    public static final String ID_V1 = "seizmon-welch-log10-1hz-v1";
    /** Default window length, as in Jang &amp; Cho 2019. */
    public static final double DEFAULT_WINDOW_SECONDS = 5.0;
    /** Default number of features: bins 0..99 Hz. */
    public static final int DEFAULT_BIN_COUNT = 100;
    /** Default offset before the logarithm, µV². */
    public static final double DEFAULT_EPSILON = 1e-6;
    /** Length of one Welch segment in seconds (fixed by {@link #ID_V1}). */
    public static final double SEGMENT_SECONDS = 1.0;
    public static final double MIN_SAMPLE_RATE_HZ = 64.0;
    public static final double MAX_SAMPLE_RATE_HZ = 4000.0;
    public static final double MIN_WINDOW_SECONDS = 1.0;
    public static final double MAX_WINDOW_SECONDS = 60.0;
    public static final int MAX_BIN_COUNT = 1000;

    public FeatureSpec {
        Objects.requireNonNull(id, "id");
        if (!ID_V1.equals(id)) {
            throw new IllegalArgumentException("id: " + id + " (expected: " + ID_V1 + ")");
        }
        if (!(sampleRateHz >= MIN_SAMPLE_RATE_HZ && sampleRateHz <= MAX_SAMPLE_RATE_HZ)) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: >= "
                    + MIN_SAMPLE_RATE_HZ + " and <= " + MAX_SAMPLE_RATE_HZ + ")");
        }
        if (!(windowSeconds >= MIN_WINDOW_SECONDS && windowSeconds <= MAX_WINDOW_SECONDS)) {
            throw new IllegalArgumentException("windowSeconds: " + windowSeconds + " (expected: >= "
                    + MIN_WINDOW_SECONDS + " and <= " + MAX_WINDOW_SECONDS + ")");
        }
        if (binCount < 1 || binCount > MAX_BIN_COUNT) {
            throw new IllegalArgumentException("binCount: " + binCount + " (expected: >= 1 and <= "
                    + MAX_BIN_COUNT + ")");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon: " + epsilon + " (expected: finite and > 0)");
        }
    }

    /** Returns the {@link #ID_V1} spec with 100 bins and epsilon 1e-6 µV²; checks both arguments. */
    public static FeatureSpec of(double sampleRateHz, double windowSeconds) {
        return new FeatureSpec(ID_V1, sampleRateHz, windowSeconds, DEFAULT_BIN_COUNT, DEFAULT_EPSILON);
    }

    /** Returns {@link #of(double, double) of(sampleRateHz, DEFAULT_WINDOW_SECONDS)}. */
    public static FeatureSpec of(double sampleRateHz) {
        return of(sampleRateHz, DEFAULT_WINDOW_SECONDS);
    }

    /** Samples per window, {@code round(windowSeconds * sampleRateHz)}. */
    public int windowSamples() {
        return (int) Math.round(windowSeconds * sampleRateHz);
    }

    /** Samples per Welch segment, {@code round(SEGMENT_SECONDS * sampleRateHz)}. */
    public int segmentSamples() {
        return (int) Math.round(SEGMENT_SECONDS * sampleRateHz);
    }

    /** Samples between the starts of consecutive segments: {@code L - floor(L / 2)} (50% overlap). */
    public int segmentStepSamples() {
        int segment = segmentSamples();
        return segment - segment / 2;
    }

    /** Number of segments averaged: as many whole segments as fit, {@code 1 + floor((n - L) / step)}. */
    public int segmentCount() {
        return 1 + (windowSamples() - segmentSamples()) / segmentStepSamples();
    }

    /** Number of oldest samples at the start of the window that no segment covers (segments end at the end). */
    public int skippedSamples() {
        return windowSamples() - segmentSamples() - (segmentCount() - 1) * segmentStepSamples();
    }

    /** FFT length: the smallest power of two &ge; {@link #segmentSamples()} (segments are zero-padded to it). */
    public int fftSize() {
        int segment = segmentSamples();
        return Integer.highestOneBit(segment) == segment ? segment : Integer.highestOneBit(segment) << 1;
    }

    /** Spacing of the Welch (FFT) bins in Hz, {@code sampleRateHz / fftSize()}. */
    public double welchBinHz() {
        return sampleRateHz / fftSize();
    }

    /** The Nyquist frequency, {@code sampleRateHz / 2}, in Hz. */
    public double nyquistHz() {
        return sampleRateHz / 2;
    }

    /**
     * Returns the text models store in their metadata, for example
     * {@code seizmon-welch-log10-1hz-v1 sampleRateHz=256.0 windowSeconds=5.0 binCount=100 epsilon=1.0E-6}.
     * {@link #parse(String)} reads it back to an equal spec.
     */
    public String toMetadata() {
        return id + " sampleRateHz=" + sampleRateHz + " windowSeconds=" + windowSeconds + " binCount=" + binCount
                + " epsilon=" + epsilon;
    }

    /**
     * Parses {@link #toMetadata()} text: the id, then the four parameters as {@code key=value}, separated by single
     * spaces, each exactly once, in any order.
     *
     * @throws IllegalArgumentException naming the problem when the text is malformed or a value is out of range
     */
    public static FeatureSpec parse(String metadata) {
        Objects.requireNonNull(metadata, "metadata");
        String[] tokens = metadata.strip().split(" ");
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq <= 0 || values.putIfAbsent(tokens[i].substring(0, eq), tokens[i].substring(eq + 1)) != null) {
                throw new IllegalArgumentException("featureSpec: '" + metadata + "' (expected: " + ID_V1
                        + " followed by key=value once per key)");
            }
        }
        FeatureSpec spec = new FeatureSpec(tokens[0], number(values, "sampleRateHz", metadata),
                number(values, "windowSeconds", metadata), (int) number(values, "binCount", metadata),
                number(values, "epsilon", metadata));
        if (values.size() != 4 || spec.binCount != number(values, "binCount", metadata)) {
            throw new IllegalArgumentException("featureSpec: '" + metadata
                    + "' (expected: exactly sampleRateHz, windowSeconds, binCount (an integer), epsilon)");
        }
        return spec;
    }

    private static double number(Map<String, String> values, String key, String metadata) {
        String text = values.get(key);
        if (text == null) {
            throw new IllegalArgumentException("featureSpec." + key + ": missing in '" + metadata + "'");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("featureSpec." + key + ": " + text + " (expected: a number)", e);
        }
    }
}
