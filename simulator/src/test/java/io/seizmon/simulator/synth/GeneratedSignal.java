package io.seizmon.simulator.synth;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WelchPeriodogram;
import java.util.Arrays;

/** A synthetic subject read completely into memory, with the measurements the tests make on it. */
final class GeneratedSignal {

    final SyntheticSource source;
    final double rateHz;
    /** Samples per channel: {@code channels[c][i]}. */
    final float[][] channels;
    private final WelchPeriodogram periodogram;

    private GeneratedSignal(SyntheticSource source, float[][] channels) {
        this.source = source;
        this.rateHz = source.sampleRateHz();
        this.channels = channels;
        this.periodogram = new WelchPeriodogram(FeatureSpec.of(rateHz));
    }

    /** Reads subject {@code index} of {@code spec} in chunks of {@code chunk} samples. */
    static GeneratedSignal read(SynthSpec spec, int index, int chunk) {
        SyntheticSource source = SyntheticSource.subject(spec, index);
        int n = (int) spec.totalSamples();
        int c = spec.channelCount();
        float[][] channels = new float[c][n];
        float[] buffer = new float[chunk * c];
        for (int off = 0, r; (r = source.read(buffer, chunk)) > 0; off += r) {
            for (int i = 0; i < r; i++) {
                for (int k = 0; k < c; k++) {
                    channels[k][off + i] = buffer[i * c + k];
                }
            }
        }
        return new GeneratedSignal(source, channels);
    }

    static GeneratedSignal read(SynthSpec spec, int index) {
        return read(spec, index, 1000);
    }

    float[] x() {
        return channels[0];
    }

    int length() {
        return channels[0].length;
    }

    long samples(double seconds) {
        return Math.round(seconds * rateHz);
    }

    double rms(long from, long to) {
        double sum = 0;
        for (long i = from; i < to; i++) {
            sum += x()[(int) i] * (double) x()[(int) i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** Mean absolute difference of consecutive samples, µV per second. */
    double lineLengthPerSecond(long from, long to) {
        double sum = 0;
        for (long i = from + 1; i < to; i++) {
            sum += Math.abs(x()[(int) i] - x()[(int) i - 1]);
        }
        return sum / (to - from - 1) * rateHz;
    }

    /** Median of the RMS of the 1-s pieces of [from, to), clipped to the signal. */
    double medianSecondRms(long from, long to) {
        long a = Math.max(0, from);
        long b = Math.min(length(), to);
        int pieces = (int) ((b - a) / samples(1));
        double[] rms = new double[pieces];
        for (int p = 0; p < pieces; p++) {
            rms[p] = rms(a + p * samples(1), a + (p + 1) * samples(1));
        }
        Arrays.sort(rms);
        return rms[pieces / 2];
    }

    /** The 1-Hz band powers (µV², bands 0..99) of the 5-s window starting at {@code start}. */
    double[] bandPowers(long start) {
        int n = (int) samples(5);
        double[] window = new double[n];
        for (int i = 0; i < n; i++) {
            window[i] = x()[(int) start + i];
        }
        double[] powers = new double[100];
        periodogram.computeBandPowers(window, 0, powers, 0);
        return powers;
    }

    /** The band (1 Hz wide, in [fromHz, toHz]) with the most power in the 5-s window at {@code start}. */
    int dominantBand(long start, int fromHz, int toHz) {
        double[] p = bandPowers(start);
        int best = fromHz;
        for (int k = fromHz; k <= toHz; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
