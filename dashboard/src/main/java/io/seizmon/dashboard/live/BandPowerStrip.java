package io.seizmon.dashboard.live;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WelchPeriodogram;
import io.seizmon.core.wire.EegFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * The detail view's band-power strip for one stream's first channel: every second, the share of each classic EEG
 * band (delta 1-4 Hz, theta 4-8, alpha 8-13, beta 13-30, gamma 30-100, capped at Nyquist) in the total 1-Hz band
 * power of the last {@value #WINDOW_SECONDS} s, computed with eeg-core's {@link WelchPeriodogram} (the estimator the
 * model uses). A window never straddles a gap: after a discontinuity the strip waits for a full window again.
 *
 * <p>Not thread-safe: owned by the board's thread. Buffers are allocated once.
 */
public final class BandPowerStrip {

    /** Band names, in the order of {@link BandPoint#shares()}. */
    public static final List<String> BAND_NAMES = List.of("delta", "theta", "alpha", "beta", "gamma");
    /** Window of each estimate, seconds. */
    public static final double WINDOW_SECONDS = 2.0;
    private static final int[][] BANDS_HZ = {{1, 4}, {4, 8}, {8, 13}, {13, 30}, {30, 100}};

    private final WelchPeriodogram periodogram;
    private final double sampleRateHz;
    private final double[] ring;
    private final double[] window;
    private final double[] bins;
    private final int hopSamples;
    private final List<BandPoint> pending = new ArrayList<>();
    private int next;
    private int filled;
    private int sinceEstimate;
    private long lastEndMicros = Long.MIN_VALUE;
    private long lastSequence = Long.MIN_VALUE;

    /**
     * One estimate.
     *
     * @param endSeconds end of its window, seconds since the epoch, stream time base
     * @param shares     per band of {@link #BAND_NAMES}, the fraction of the total power, 0..1 (NaN when silent)
     */
    public record BandPoint(double endSeconds, double[] shares) {
    }

    /**
     * @throws IllegalArgumentException when {@code sampleRateHz} is outside what the periodogram supports
     *                                  ({@link #supports})
     */
    public BandPowerStrip(double sampleRateHz) {
        int bins = (int) Math.min(FeatureSpec.DEFAULT_BIN_COUNT, Math.floor(sampleRateHz / 2));
        FeatureSpec spec = new FeatureSpec(FeatureSpec.ID_V1, sampleRateHz, WINDOW_SECONDS, bins,
                FeatureSpec.DEFAULT_EPSILON);
        this.periodogram = new WelchPeriodogram(spec);
        this.sampleRateHz = sampleRateHz;
        this.ring = new double[spec.windowSamples()];
        this.window = new double[spec.windowSamples()];
        this.bins = new double[bins];
        this.hopSamples = (int) Math.round(sampleRateHz);
    }

    /** Whether a stream of this rate can have a strip. */
    public static boolean supports(double sampleRateHz) {
        return sampleRateHz >= FeatureSpec.MIN_SAMPLE_RATE_HZ && sampleRateHz <= FeatureSpec.MAX_SAMPLE_RATE_HZ;
    }

    /** The sample rate this strip was made for. */
    public double sampleRateHz() {
        return sampleRateHz;
    }

    /** Adds a frame's first channel; a redelivered frame (sequence not increasing) is ignored. */
    public void append(EegFrame frame) {
        if (lastSequence != Long.MIN_VALUE && frame.sequence() <= lastSequence) {
            return;
        }
        lastSequence = frame.sequence();
        if (lastEndMicros != Long.MIN_VALUE
                && Math.abs(frame.firstSampleMicros() - lastEndMicros) > 1.5e6 / frame.sampleRateHz()) {
            filled = 0;
            sinceEstimate = 0;
        }
        double microsPerSample = 1e6 / frame.sampleRateHz();
        for (int i = 0; i < frame.samplesPerChannel(); i++) {
            ring[next] = frame.sample(i, 0);
            next = (next + 1) % ring.length;
            filled = Math.min(filled + 1, ring.length);
            sinceEstimate++;
            if (filled == ring.length && sinceEstimate >= hopSamples) {
                long endMicros = frame.firstSampleMicros() + Math.round((i + 1) * microsPerSample);
                estimate(endMicros / 1e6);
                sinceEstimate = 0;
            }
        }
        lastEndMicros = frame.endMicros();
    }

    private void estimate(double endSeconds) {
        int oldest = next; // the ring is full: next is the oldest sample
        System.arraycopy(ring, oldest, window, 0, ring.length - oldest);
        System.arraycopy(ring, 0, window, ring.length - oldest, oldest);
        double[] shares = new double[BANDS_HZ.length];
        if (!periodogram.computeBandPowers(window, 0, bins, 0)) {
            java.util.Arrays.fill(shares, Double.NaN);
        } else {
            double total = 0;
            for (int k = 1; k < bins.length; k++) {
                total += bins[k];
            }
            for (int b = 0; b < BANDS_HZ.length; b++) {
                double power = 0;
                for (int k = BANDS_HZ[b][0]; k < Math.min(BANDS_HZ[b][1], bins.length); k++) {
                    power += bins[k];
                }
                shares[b] = total > 0 ? power / total : Double.NaN;
            }
        }
        pending.add(new BandPoint(endSeconds, shares));
    }

    /** The estimates since the last drain, oldest first. */
    public List<BandPoint> drain() {
        List<BandPoint> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
