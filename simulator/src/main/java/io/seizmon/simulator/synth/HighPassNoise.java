package io.seizmon.simulator.synth;

/**
 * Muscle-like (EMG) noise: white noise through a first-order high-pass at {@value #CORNER_HZ} Hz (or a quarter of
 * the rate, whichever is lower), scaled to unit RMS ({@code (1 + a) / 2} is the filter's output variance).
 *
 * <p>Allocation-free per sample; not thread-safe.
 */
final class HighPassNoise {

    static final double CORNER_HZ = 20;

    private final double pole;
    private final double gain;
    private double previousInput;
    private double output;

    HighPassNoise(double sampleRateHz) {
        pole = Math.exp(-2 * Math.PI * Math.min(CORNER_HZ, sampleRateHz / 4) / sampleRateHz);
        gain = (1 + pole) / 2 * Math.sqrt(2 / (1 + pole));
    }

    /** Feeds one white sample (unit variance) and returns the next output sample. */
    double next(double white) {
        output = pole * output + white - previousInput;
        previousInput = white;
        return gain * output;
    }
}
