package io.seizmon.core.feature;

import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowSpec;
import java.util.Objects;

/**
 * The bridge from an assembled {@link Window} to its feature vectors: copies one channel out of the window's ring
 * into a reused buffer and runs the {@link WelchPeriodogram} on it. Live inference and offline evaluation both go
 * through this class, so they compute the same numbers.
 *
 * <p>One instance belongs to one thread; nothing is allocated per call.
 */
public final class WindowFeatures {

    private final FeatureSpec spec;
    private final WelchPeriodogram periodogram;
    private final double[] channelBuffer;

    /** Plans the computation for {@code spec}. */
    public WindowFeatures(FeatureSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.periodogram = new WelchPeriodogram(spec);
        this.channelBuffer = new double[spec.windowSamples()];
    }

    /** The feature spec. */
    public FeatureSpec spec() {
        return spec;
    }

    /**
     * Returns the window geometry that matches this spec (same rate, same window length) with the given hop.
     *
     * @throws IllegalArgumentException if the hop is invalid for {@link WindowSpec#of}
     */
    public WindowSpec windowSpec(double hopSeconds) {
        return WindowSpec.of(spec.sampleRateHz(), spec.windowSeconds(), hopSeconds);
    }

    /**
     * Writes the {@code spec().binCount()} features of {@code channel} of {@code window} to {@code out[offset ..]}.
     *
     * @return true when the features are finite, false (features NaN) when the window holds non-finite samples
     * @throws IllegalArgumentException if the window's rate or length differs from the spec's
     */
    public boolean compute(Window window, int channel, float[] out, int offset) {
        WindowSpec geometry = window.spec();
        if (geometry.windowSamples() != spec.windowSamples()
                || Double.compare(geometry.sampleRateHz(), spec.sampleRateHz()) != 0) {
            throw new IllegalArgumentException("window: " + geometry.sampleRateHz() + " Hz x "
                    + geometry.windowSamples() + " samples (expected: " + spec.sampleRateHz() + " Hz x "
                    + spec.windowSamples() + " samples of " + spec.id() + ")");
        }
        window.copyChannel(channel, channelBuffer, 0);
        return periodogram.computeFeatures(channelBuffer, 0, out, offset);
    }
}
