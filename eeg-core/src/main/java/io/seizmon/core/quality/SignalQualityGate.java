package io.seizmon.core.quality;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.IncrementalWindowFeatures;
import io.seizmon.core.feature.WelchPeriodogram;
import io.seizmon.core.window.Window;
import io.seizmon.core.wire.ChannelQuality;
import java.util.Objects;

/**
 * Decides whether one channel's window is fit to score, before the periodogram and the model see it. Checks, in
 * this order, and returns the first that fails: {@link ChannelQuality#NON_FINITE} (a NaN or infinite sample),
 * {@link ChannelQuality#FLAT}, {@link ChannelQuality#CLIPPING}, {@link ChannelQuality#MAINS}; else
 * {@link ChannelQuality#OK}. {@link QualitySpec} defines each check and its threshold. The mains check reads the
 * same Welch density the features are made of (1-s Hann segments); it runs only when the time-domain checks pass,
 * and never at rates whose Nyquist is below 49 Hz (64 Hz recordings). Built on an {@link IncrementalWindowFeatures}
 * (the agent's way), the gate takes a window's density from it, so the features of that window then cost no
 * transform and the gate adds none; built on a {@link FeatureSpec} it runs its own {@link WelchPeriodogram}.
 *
 * <p>Large amplitude alone is never refused: seizures are large. Clipping is the flat top of a rail, many samples
 * at exactly the same extreme value.
 *
 * <p>Threading and memory: one instance belongs to one thread (the pipeline thread); its copy buffer, spectrum and
 * periodogram are allocated in the constructor, so a call allocates nothing. The measurements of the last call
 * ({@link #lastStdMicrovolts()} and friends) stay readable until the next call.
 */
public final class SignalQualityGate {

    private final QualitySpec quality;
    private final FeatureSpec features;
    private final int windowSamples;
    private final long maxRunSamples;
    private final WelchPeriodogram periodogram;
    private final IncrementalWindowFeatures spectra;
    private final MainsBands mainsBands;
    private final double[] channelBuffer;
    private final double[] density;
    private final WindowStatistics statistics = new WindowStatistics();
    private double lastMainsRatio = Double.NaN;

    /**
     * Plans the gate for windows of {@code features}' rate and length, with its own periodogram for the mains check.
     *
     * @param quality  the thresholds
     * @param features the window geometry and the Welch spectrum the mains check reads
     */
    public SignalQualityGate(QualitySpec quality, FeatureSpec features) {
        this(quality, features, null);
    }

    /**
     * Plans the gate for the windows {@code spectra} computes features of; {@link #assess(Window, int)} takes the
     * mains check's density from {@code spectra} (same thread), which keeps it for the features of the same window.
     */
    public SignalQualityGate(QualitySpec quality, IncrementalWindowFeatures spectra) {
        this(quality, Objects.requireNonNull(spectra, "spectra").spec(), spectra);
    }

    private SignalQualityGate(QualitySpec quality, FeatureSpec features, IncrementalWindowFeatures spectra) {
        this.quality = Objects.requireNonNull(quality, "quality");
        this.features = Objects.requireNonNull(features, "features");
        this.spectra = spectra;
        this.windowSamples = features.windowSamples();
        double runSamples = Math.floor(quality.maxIdenticalRunSeconds() * features.sampleRateHz());
        this.maxRunSamples = runSamples >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) runSamples;
        this.periodogram = new WelchPeriodogram(features);
        this.mainsBands = new MainsBands(features);
        this.channelBuffer = new double[windowSamples];
        this.density = new double[periodogram.welchBinCount()];
    }

    /** The thresholds. */
    public QualitySpec quality() {
        return quality;
    }

    /** The window geometry and spectrum definition. */
    public FeatureSpec features() {
        return features;
    }

    /**
     * Assesses {@code channel} of a window from a {@link io.seizmon.core.window.WindowAssembler}.
     *
     * @throws IllegalArgumentException if the window's rate or length differs from the feature spec's
     */
    public ChannelQuality assess(Window window, int channel) {
        checkGeometry(window);
        window.copyChannel(channel, channelBuffer, 0);
        if (spectra == null) {
            return assess(channelBuffer, 0);
        }
        lastMainsRatio = Double.NaN;
        ChannelQuality timeDomain = assessTimeDomain(channelBuffer, 0);
        if (timeDomain != ChannelQuality.OK || !mainsBands.applicable()) {
            return timeDomain;
        }
        spectra.computeDensity(window, channel, density, 0);
        return assessMains();
    }

    /**
     * Assesses one channel's window held in {@code samples[offset .. offset + windowSamples)}, oldest first, in µV
     * (for offline use). The array is read only during the call and never modified.
     *
     * @throws IllegalArgumentException if the range does not fit the array
     */
    public ChannelQuality assess(double[] samples, int offset) {
        if (offset < 0 || offset > samples.length - windowSamples) {
            throw new IllegalArgumentException("samples: offset " + offset + " with length " + windowSamples
                    + " (expected: offset >= 0 and offset + length <= array length " + samples.length + ")");
        }
        lastMainsRatio = Double.NaN;
        ChannelQuality timeDomain = assessTimeDomain(samples, offset);
        if (timeDomain != ChannelQuality.OK || !mainsBands.applicable()) {
            return timeDomain;
        }
        periodogram.computeDensity(samples, offset, density, 0);
        return assessMains();
    }

    private ChannelQuality assessMains() {
        lastMainsRatio = mainsBands.ratio(density);
        return lastMainsRatio > quality.mainsRatio() ? ChannelQuality.MAINS : ChannelQuality.OK;
    }

    private ChannelQuality assessTimeDomain(double[] samples, int offset) {
        WindowStatistics s = statistics;
        if (!s.measure(samples, offset, windowSamples)) {
            return ChannelQuality.NON_FINITE;
        }
        // A long run at the window's extreme is a rail (clipping); elsewhere it is a stuck or dropped signal.
        boolean longRun = s.longestRunSamples() > maxRunSamples;
        if (s.stdDeviation() < quality.flatStdMicrovolts() || longRun && !s.longestRunAtExtreme()) {
            return ChannelQuality.FLAT;
        }
        if (s.extremeFraction() > quality.clippingFraction() || longRun) {
            return ChannelQuality.CLIPPING;
        }
        return ChannelQuality.OK;
    }

    private void checkGeometry(Window window) {
        if (window.length() != windowSamples
                || Double.compare(window.spec().sampleRateHz(), features.sampleRateHz()) != 0) {
            throw new IllegalArgumentException("window: " + window.spec().sampleRateHz() + " Hz x " + window.length()
                    + " samples (expected: " + features.sampleRateHz() + " Hz x " + windowSamples + " samples)");
        }
    }

    /** Standard deviation of the last assessed window, µV; NaN when it was not finite. */
    public double lastStdMicrovolts() {
        return statistics.stdDeviation();
    }

    /** Longest run of identical consecutive samples in the last assessed window, seconds. */
    public double lastLongestRunSeconds() {
        return statistics.longestRunSamples() / features.sampleRateHz();
    }

    /** Larger of the fractions of samples at the last window's maximum and at its minimum. */
    public double lastExtremeFraction() {
        return statistics.extremeFraction();
    }

    /** Mains-to-reference power ratio of the last window; NaN when the mains check did not run. */
    public double lastMainsRatio() {
        return lastMainsRatio;
    }
}
