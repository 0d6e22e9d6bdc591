package io.seizmon.core.feature;

import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowSpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@link WindowFeatures} for sliding windows of one stream: keeps, per channel, the squared FFT magnitudes of the
 * previous window's Welch segments and transforms only the new ones. The features are bit for bit those of
 * {@link WindowFeatures#compute}: the same segments go through the same transform and are summed in the same order.
 *
 * <p>When the next window of the same assembler and run ({@link Window#run()}) has index previous + 1 and the hop is
 * a whole number {@code k < m} of segment steps, the segments shift by {@code k}: the oldest {@code k} spectra are
 * dropped and the {@code k} newest segments transformed (at 1000 Hz, 5-s window, 1-s hop: 2 of 9). Otherwise (first
 * window, after a gap, a skipped window, a channel not computed for the previous window, a hop that is not a multiple
 * of the step, non-finite data before) every segment is transformed. Calling again for the same window reuses the
 * result: {@link #computeDensity} for the quality gate and then {@link #compute} cost one set of transforms.
 *
 * <p>Non-finite samples: as {@link WelchPeriodogram}, the call returns false and writes NaN; the channel's kept
 * spectra are discarded, so the next window is computed in full.
 *
 * <p>Memory per channel: {@code (m + 1) * (N/2 + 1)} doubles, {@code m = spec.segmentCount()} and {@code N =
 * spec.fftSize()}: 41 KB at 1000 Hz (m = 9, N = 1024), 10 KB at 256 Hz; plus one window-length buffer and the
 * periodogram's, shared by all channels. All of it is allocated in the constructor; a call allocates nothing.
 * One instance belongs to one stream and one thread (the pipeline thread); it is not thread-safe. The caller owns
 * {@code out}, written only during the call.
 */
public final class IncrementalWindowFeatures {

    private final FeatureSpec spec;
    private final WelchPeriodogram periodogram;
    private final int windowSamples;
    private final int segmentCount;
    private final int step;
    private final int firstSegmentStart;
    private final double[] channelBuffer;
    /** {@code segments[c][slot][j]}: |X_j|² of one segment; slot {@code (oldest[c] + r) % m} holds segment r. */
    private final double[][][] segments;
    private final int[] oldest;
    private final double[][] density;
    private final Window[] view;
    private final long[] run;
    /** Window index the channel's spectra belong to, -1 when they belong to none. */
    private final long[] index;
    private long segmentTransforms;

    /**
     * Plans the computation for {@code channelCount} channels of one stream.
     *
     * @throws IllegalArgumentException if {@code channelCount < 1}
     */
    public IncrementalWindowFeatures(FeatureSpec spec, int channelCount) {
        this.spec = Objects.requireNonNull(spec, "spec");
        if (channelCount < 1) {
            throw new IllegalArgumentException("channelCount: " + channelCount + " (expected: >= 1)");
        }
        periodogram = new WelchPeriodogram(spec);
        windowSamples = spec.windowSamples();
        segmentCount = spec.segmentCount();
        step = spec.segmentStepSamples();
        firstSegmentStart = spec.skippedSamples();
        channelBuffer = new double[windowSamples];
        int bins = periodogram.welchBinCount();
        segments = new double[channelCount][segmentCount][bins];
        oldest = new int[channelCount];
        density = new double[channelCount][bins];
        view = new Window[channelCount];
        run = new long[channelCount];
        index = new long[channelCount];
        Arrays.fill(index, -1);
    }

    /** The feature spec. */
    public FeatureSpec spec() {
        return spec;
    }

    /** Number of channels this instance keeps spectra for. */
    public int channelCount() {
        return segments.length;
    }

    /** Number of one-sided Welch bins, {@code spec().fftSize() / 2 + 1}: the length {@link #computeDensity} writes. */
    public int welchBinCount() {
        return density[0].length;
    }

    /** Number of segment transforms run so far (for tests and benchmarks: 2 per 1-s hop at 1000 Hz). */
    public long segmentTransforms() {
        return segmentTransforms;
    }

    /**
     * Writes the {@code spec().binCount()} features of {@code channel} of {@code window} to {@code out[offset ..]},
     * equal to {@link WindowFeatures#compute(Window, int, float[], int)}.
     *
     * @return true when the features are finite, false (features NaN) when the window holds non-finite samples
     * @throws IllegalArgumentException if the window's rate or length differs from the spec's, or the channel or
     *                                  the output range is out of range
     */
    public boolean compute(Window window, int channel, float[] out, int offset) {
        if (offset < 0 || offset > out.length - spec.binCount()) {
            throw new IllegalArgumentException("out: offset " + offset + " with length " + spec.binCount()
                    + " (expected: offset >= 0 and offset + length <= array length " + out.length + ")");
        }
        if (!update(window, channel)) {
            Arrays.fill(out, offset, offset + spec.binCount(), Float.NaN);
            return false;
        }
        return periodogram.featuresFromDensity(density[channel], out, offset);
    }

    /**
     * Writes the one-sided Welch density (µV²/Hz, bin {@code j} centred on {@code j * spec().welchBinHz()} Hz) of
     * {@code channel} of {@code window} to {@code out[offset .. offset + welchBinCount())}, as
     * {@link WelchPeriodogram#computeDensity} does; a following {@link #compute} of the same window reuses it.
     *
     * @return true when the window is finite, false (density NaN) otherwise
     * @throws IllegalArgumentException as {@link #compute}
     */
    public boolean computeDensity(Window window, int channel, double[] out, int offset) {
        int bins = welchBinCount();
        if (offset < 0 || offset > out.length - bins) {
            throw new IllegalArgumentException("out: offset " + offset + " with length " + bins
                    + " (expected: offset >= 0 and offset + length <= array length " + out.length + ")");
        }
        if (!update(window, channel)) {
            Arrays.fill(out, offset, offset + bins, Double.NaN);
            return false;
        }
        System.arraycopy(density[channel], 0, out, offset, bins);
        return true;
    }

    /** Brings the channel's spectra and density to this window; false (spectra discarded) on non-finite data. */
    private boolean update(Window window, int channel) {
        checkArguments(window, channel);
        boolean sameRun = view[channel] == window && run[channel] == window.run();
        if (sameRun && index[channel] == window.index()) {
            return true;
        }
        int hop = window.spec().hopSamples();
        boolean slides = sameRun && index[channel] + 1 == window.index() && hop % step == 0
                && hop / step < segmentCount;
        boolean finite = slides ? slide(window, channel, hop) : recompute(window, channel);
        if (!finite) {
            index[channel] = -1;
            return false;
        }
        sumSegments(channel);
        view[channel] = window;
        run[channel] = window.run();
        index[channel] = window.index();
        return true;
    }

    private boolean slide(Window window, int channel, int hop) {
        int fresh = hop / step;
        int from = firstSegmentStart + (segmentCount - fresh) * step;
        window.copyChannel(channel, from, windowSamples - from, channelBuffer, from);
        // The previous window was finite, so only the hop's new samples can be non-finite.
        if (!allFinite(channelBuffer, windowSamples - hop, windowSamples)) {
            return false;
        }
        oldest[channel] = (oldest[channel] + fresh) % segmentCount;
        for (int r = segmentCount - fresh; r < segmentCount; r++) {
            transform(channel, r);
        }
        return true;
    }

    private boolean recompute(Window window, int channel) {
        window.copyChannel(channel, channelBuffer, 0);
        if (!allFinite(channelBuffer, 0, windowSamples)) {
            return false;
        }
        oldest[channel] = 0;
        for (int r = 0; r < segmentCount; r++) {
            transform(channel, r);
        }
        return true;
    }

    private void transform(int channel, int segment) {
        double[] slot = segments[channel][(oldest[channel] + segment) % segmentCount];
        Arrays.fill(slot, 0);
        periodogram.accumulateSegment(channelBuffer, firstSegmentStart + segment * step, slot);
        segmentTransforms++;
    }

    /** Sums the segments oldest first, as {@link WelchPeriodogram} accumulates them, then scales to density. */
    private void sumSegments(int channel) {
        double[] sum = density[channel];
        Arrays.fill(sum, 0);
        for (int r = 0; r < segmentCount; r++) {
            double[] slot = segments[channel][(oldest[channel] + r) % segmentCount];
            for (int j = 0; j < sum.length; j++) {
                sum[j] += slot[j];
            }
        }
        periodogram.scaleToDensity(sum);
    }

    private void checkArguments(Window window, int channel) {
        WindowSpec geometry = window.spec();
        if (geometry.windowSamples() != windowSamples
                || Double.compare(geometry.sampleRateHz(), spec.sampleRateHz()) != 0) {
            throw new IllegalArgumentException("window: " + geometry.sampleRateHz() + " Hz x "
                    + geometry.windowSamples() + " samples (expected: " + spec.sampleRateHz() + " Hz x "
                    + windowSamples + " samples of " + spec.id() + ")");
        }
        if (channel < 0 || channel >= segments.length || channel >= window.channelCount()) {
            throw new IllegalArgumentException("channel: " + channel + " (expected: >= 0 and < "
                    + Math.min(segments.length, window.channelCount()) + ")");
        }
    }

    private static boolean allFinite(double[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }
}
