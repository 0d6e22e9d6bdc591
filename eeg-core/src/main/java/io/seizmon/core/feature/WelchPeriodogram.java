package io.seizmon.core.feature;

import java.util.Arrays;
import java.util.Objects;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Computes the features of one channel's window as its {@link FeatureSpec} defines them (see
 * {@code docs/features.md}): Welch PSD with 1-s periodic Hann segments at 50% overlap aligned to the end of the
 * window, each linearly detrended and zero-padded to {@link FeatureSpec#fftSize()}; one-sided density in µV²/Hz,
 * averaged over segments; integrated over 1-Hz bands; then {@code log10(power + epsilon)}.
 *
 * <p>Input layout: the window is {@code window[windowOffset + i]} for {@code 0 <= i < spec.windowSamples()}, in µV,
 * oldest sample first. Output layout: feature {@code k} (band {@code [k - 0.5, k + 0.5)} Hz) is written to
 * {@code out[outOffset + k]} for {@code 0 <= k < spec.binCount()}; nothing else in {@code out} is touched. Bands
 * entirely above Nyquist have power exactly 0, so their feature is exactly {@code log10(epsilon)}.
 *
 * <p>Non-finite data: when any window sample is NaN or infinite, or a result overflows, every output value of the
 * call is set to NaN and the method returns {@code false}; it never throws for bad data. Wrong arguments (null
 * arrays, a range outside an array) are programmer errors and throw.
 *
 * <p>Threading and buffers: the FFT plan and all work buffers are allocated once in the constructor and reused,
 * so a call allocates nothing. One instance belongs to one thread (typically the pipeline thread); it is not
 * thread-safe. The caller owns {@code window} and {@code out}: they are read or written only during the call, and
 * {@code window} is never modified. The FFT runs on the calling thread (sizes &le; 4096, below JTransforms'
 * multi-threading threshold).
 */
public final class WelchPeriodogram {

    private final FeatureSpec spec;
    private final int windowSamples;
    private final int segmentSamples;
    private final int step;
    private final int segmentCount;
    private final int firstSegmentStart;
    private final double epsilon;
    private final double[] taper;
    /** Sum of squares of the centred segment time index, for the least-squares slope. */
    private final double centredIndexSumSquares;
    /** Per Welch bin: 1 / (m fs sum(taper^2)), doubled except at DC and Nyquist. */
    private final double[] densityScale;
    private final BandWeights bandWeights;
    private final DoubleFFT_1D fft;
    private final double[] fftBuffer;
    private final double[] psd;
    private final double[] bandPowers;

    /** Plans the computation for {@code spec}: allocates the FFT plan, the taper, the band weights and buffers. */
    public WelchPeriodogram(FeatureSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        windowSamples = spec.windowSamples();
        segmentSamples = spec.segmentSamples();
        step = spec.segmentStepSamples();
        segmentCount = spec.segmentCount();
        firstSegmentStart = spec.skippedSamples();
        epsilon = spec.epsilon();
        int fftSize = spec.fftSize();
        taper = new double[segmentSamples];
        double taperSumSquares = 0;
        double centre = (segmentSamples - 1) / 2.0;
        double indexSumSquares = 0;
        for (int i = 0; i < segmentSamples; i++) {
            taper[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / segmentSamples);
            taperSumSquares += taper[i] * taper[i];
            indexSumSquares += (i - centre) * (i - centre);
        }
        centredIndexSumSquares = indexSumSquares;
        int welchBinCount = fftSize / 2 + 1;
        densityScale = new double[welchBinCount];
        double scale = 1.0 / (segmentCount * spec.sampleRateHz() * taperSumSquares);
        Arrays.fill(densityScale, 2 * scale);
        densityScale[0] = scale;
        densityScale[welchBinCount - 1] = scale;
        bandWeights = new BandWeights(spec.binCount(), welchBinCount, spec.welchBinHz());
        fft = new DoubleFFT_1D(fftSize);
        fftBuffer = new double[fftSize];
        psd = new double[welchBinCount];
        bandPowers = new double[spec.binCount()];
    }

    /** Returns the spec this instance computes. */
    public FeatureSpec spec() {
        return spec;
    }

    /**
     * Writes the {@code spec.binCount()} features {@code log10(bandPower + epsilon)} (band power in µV²) of the
     * window to {@code out[outOffset ..]}.
     *
     * @return {@code true} when all features are finite; {@code false} (features set to NaN) on non-finite data
     * @throws IllegalArgumentException when an offset range does not fit its array
     */
    public boolean computeFeatures(double[] window, int windowOffset, double[] out, int outOffset) {
        checkRange("out", out.length, outOffset, bandPowers.length);
        boolean finite = computeBandPowers(window, windowOffset, bandPowers, 0);
        for (int k = 0; k < bandPowers.length; k++) {
            out[outOffset + k] = finite ? log10(bandPowers[k]) : Double.NaN;
        }
        return finite;
    }

    /** As {@link #computeFeatures(double[], int, double[], int)}, rounding each feature to float. */
    public boolean computeFeatures(double[] window, int windowOffset, float[] out, int outOffset) {
        checkRange("out", out.length, outOffset, bandPowers.length);
        boolean finite = computeBandPowers(window, windowOffset, bandPowers, 0);
        for (int k = 0; k < bandPowers.length; k++) {
            out[outOffset + k] = finite ? (float) log10(bandPowers[k]) : Float.NaN;
        }
        return finite;
    }

    /**
     * Writes the linear 1-Hz band powers in µV² (before {@code epsilon} and the logarithm) to
     * {@code out[outOffset ..]}, same layout as the features.
     *
     * @return {@code true} when all band powers are finite; {@code false} (set to NaN) on non-finite data
     * @throws IllegalArgumentException when an offset range does not fit its array
     */
    public boolean computeBandPowers(double[] window, int windowOffset, double[] out, int outOffset) {
        checkRange("window", window.length, windowOffset, windowSamples);
        checkRange("out", out.length, outOffset, bandPowers.length);
        if (!allFinite(window, windowOffset)) {
            Arrays.fill(out, outOffset, outOffset + bandPowers.length, Double.NaN);
            return false;
        }
        computePsd(window, windowOffset);
        return integrateBands(psd, out, outOffset);
    }

    /**
     * Writes the one-sided Welch PSD density in µV²/Hz (step 5 of {@code docs/features.md}, before band
     * integration) to {@code out[outOffset + j]}, {@code j = 0 .. spec.fftSize() / 2}; Welch bin {@code j} is centred
     * on {@code j * spec.welchBinHz()} Hz. The signal quality gate reads mains hum from it.
     *
     * @return {@code true} when the window is finite; {@code false} (density set to NaN) on non-finite data
     * @throws IllegalArgumentException when an offset range does not fit its array
     */
    public boolean computeDensity(double[] window, int windowOffset, double[] out, int outOffset) {
        checkRange("window", window.length, windowOffset, windowSamples);
        checkRange("out", out.length, outOffset, psd.length);
        if (!allFinite(window, windowOffset)) {
            Arrays.fill(out, outOffset, outOffset + psd.length, Double.NaN);
            return false;
        }
        computePsd(window, windowOffset);
        System.arraycopy(psd, 0, out, outOffset, psd.length);
        return true;
    }

    /** Number of one-sided Welch bins, {@code spec.fftSize() / 2 + 1}: the length {@link #computeDensity} writes. */
    public int welchBinCount() {
        return psd.length;
    }

    private void computePsd(double[] window, int windowOffset) {
        Arrays.fill(psd, 0);
        for (int s = 0; s < segmentCount; s++) {
            accumulateSegment(window, windowOffset + firstSegmentStart + s * step, psd);
        }
        scaleToDensity(psd);
    }

    /**
     * Writes the features of a density (as {@link #computeDensity} makes it) to {@code out[outOffset ..]}, rounded to
     * float, exactly as {@link #computeFeatures(double[], int, float[], int)} does after its own density.
     *
     * @return true when every feature is finite; false (features NaN) when a band power is not
     */
    boolean featuresFromDensity(double[] density, float[] out, int outOffset) {
        checkRange("out", out.length, outOffset, bandPowers.length);
        boolean finite = integrateBands(density, bandPowers, 0);
        for (int k = 0; k < bandPowers.length; k++) {
            out[outOffset + k] = finite ? (float) log10(bandPowers[k]) : Float.NaN;
        }
        return finite;
    }

    /** Turns a sum over segments of squared FFT magnitudes into the one-sided density, in place. */
    void scaleToDensity(double[] squaredMagnitudeSums) {
        for (int j = 0; j < squaredMagnitudeSums.length; j++) {
            squaredMagnitudeSums[j] *= densityScale[j];
        }
    }

    /**
     * Integrates a density over the 1-Hz bands into {@code out[outOffset ..]}; non-finite results become NaN.
     *
     * @return true when every band power is finite
     */
    boolean integrateBands(double[] density, double[] out, int outOffset) {
        bandWeights.integrate(density, out, outOffset);
        boolean finite = true;
        for (int k = outOffset; k < outOffset + bandPowers.length; k++) {
            finite &= Double.isFinite(out[k]);
        }
        if (!finite) {
            Arrays.fill(out, outOffset, outOffset + bandPowers.length, Double.NaN);
        }
        return finite;
    }

    /**
     * Detrends, tapers and transforms the segment starting at {@code window[start]}, adding its squared FFT
     * magnitudes {@code |X_j|²} to {@code sums[j]}, {@code j = 0 .. fftSize / 2}.
     */
    void accumulateSegment(double[] window, int start, double[] sums) {
        double centre = (segmentSamples - 1) / 2.0;
        double sum = 0;
        double sumCentredProducts = 0;
        for (int i = 0; i < segmentSamples; i++) {
            double x = window[start + i];
            sum += x;
            sumCentredProducts += (i - centre) * x;
        }
        double mean = sum / segmentSamples;
        double slope = sumCentredProducts / centredIndexSumSquares;
        for (int i = 0; i < segmentSamples; i++) {
            fftBuffer[i] = (window[start + i] - mean - slope * (i - centre)) * taper[i];
        }
        Arrays.fill(fftBuffer, segmentSamples, fftBuffer.length, 0);
        fft.realForward(fftBuffer);
        // realForward packs (n even): a[0] = Re X0, a[1] = Re X(n/2), a[2k] = Re Xk, a[2k+1] = Im Xk.
        int half = fftBuffer.length / 2;
        sums[0] += fftBuffer[0] * fftBuffer[0];
        sums[half] += fftBuffer[1] * fftBuffer[1];
        for (int k = 1; k < half; k++) {
            double re = fftBuffer[2 * k];
            double im = fftBuffer[2 * k + 1];
            sums[k] += re * re + im * im;
        }
    }

    private double log10(double power) {
        // power is exactly 0 for bands above Nyquist, so their feature is exactly log10(epsilon).
        return Math.log10(power + epsilon);
    }

    private boolean allFinite(double[] window, int offset) {
        for (int i = offset; i < offset + windowSamples; i++) {
            if (!Double.isFinite(window[i])) {
                return false;
            }
        }
        return true;
    }

    private static void checkRange(String name, int arrayLength, int offset, int length) {
        if (offset < 0 || offset > arrayLength - length) {
            throw new IllegalArgumentException(name + ": offset " + offset + " with length " + length
                    + " (expected: offset >= 0 and offset + length <= array length " + arrayLength + ")");
        }
    }
}
