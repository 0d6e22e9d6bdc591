package io.seizmon.core.quality;

import java.util.Random;

/** Constructed test signals in µV: EEG-like noise, tones, spike-wave bursts, clipping. */
final class TestSignals {

    private TestSignals() {
    }

    /**
     * EEG-like background: a first-order autoregressive (red) noise with most power below 10 Hz plus a little white
     * noise, scaled to {@code rmsMicrovolts}; reproducible from {@code seed}.
     */
    static double[] eegLike(double rateHz, int n, long seed, double rmsMicrovolts) {
        Random random = new Random(seed);
        double pole = Math.exp(-2 * Math.PI * 3 / rateHz);
        double[] x = new double[n];
        double state = 0;
        for (int i = 0; i < n; i++) {
            state = pole * state + random.nextGaussian();
            x[i] = state + 0.05 * Math.sqrt(1 / (1 - pole * pole)) * random.nextGaussian();
        }
        return scaleToRms(x, rmsMicrovolts);
    }

    /** Adds {@code amplitude · sin(2π f t + phase)} to {@code x} in place and returns it. */
    static double[] addSine(double[] x, double rateHz, double hz, double amplitudeMicrovolts, double phase) {
        for (int i = 0; i < x.length; i++) {
            x[i] += amplitudeMicrovolts * Math.sin(2 * Math.PI * hz * i / rateHz + phase);
        }
        return x;
    }

    /**
     * Adds a 3-Hz spike-and-wave burst between {@code fromSeconds} and {@code toSeconds}: per cycle a 30-ms spike of
     * {@code peakMicrovolts} and a slow wave of half that, the classic absence/kainate pattern, far larger than the
     * background.
     */
    static double[] addSpikeWave(double[] x, double rateHz, double fromSeconds, double toSeconds,
                                 double peakMicrovolts) {
        for (int i = (int) (fromSeconds * rateHz); i < Math.min(x.length, toSeconds * rateHz); i++) {
            double phase = ((i / rateHz - fromSeconds) * 3) % 1.0;
            double spike = Math.exp(-Math.pow((phase - 0.1) / 0.03, 2));
            double wave = -0.5 * Math.sin(Math.PI * Math.min(1, Math.max(0, (phase - 0.2) / 0.7)));
            x[i] += peakMicrovolts * (spike + wave);
        }
        return x;
    }

    /** Clips {@code x} in place to {@code ±railMicrovolts} and returns it. */
    static double[] clip(double[] x, double railMicrovolts) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-railMicrovolts, Math.min(railMicrovolts, x[i]));
        }
        return x;
    }

    static double[] scaleToRms(double[] x, double rmsMicrovolts) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        double scale = rmsMicrovolts / Math.sqrt(squares / x.length);
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - mean) * scale;
        }
        return x;
    }
}
