package io.seizmon.simulator.synth;

import java.util.Arrays;

/**
 * 1/f^β noise (0 &lt; β &lt; 4): white noise through a cascade of first-order sections. For β ≥ 2 a pure pole at
 * {@value #LOWEST_CORNER_HZ} Hz takes 2 off the exponent; the rest, {@code β' = β mod 2}, comes from interlaced
 * pole-zero pairs (as in Kasdin 1995): pair {@code k} has its pole at {@code f_k = }{@value #LOWEST_CORNER_HZ}
 * {@code ·2^k} Hz and its zero at {@code f_k·2^(β'/2)}, up to the smaller of {@value #HIGHEST_CORNER_HZ} Hz and
 * {@link SchedulePlanner#MAX_TONE_FRACTION} × the rate; each pair lowers the amplitude by {@code 2^(β'/2)} per
 * octave on average. The power thus falls as {@code f^(-β)} between the corners and is flat below the lowest one.
 * The output is scaled to unit RMS (the energy of the cascade's impulse response).
 *
 * <p>Allocation-free per sample; not thread-safe.
 */
final class PinkNoise {

    static final double LOWEST_CORNER_HZ = 0.25;
    static final double HIGHEST_CORNER_HZ = 400;

    private final double[] pole;
    private final double[] zero;
    private final double[] previousInput;
    private final double[] previousOutput;
    private final double scale;

    /**
     * @param sampleRateHz samples per second
     * @param exponent     β, in (0, 4)
     */
    PinkNoise(double sampleRateHz, double exponent) {
        double top = Math.min(HIGHEST_CORNER_HZ, SchedulePlanner.MAX_TONE_FRACTION * sampleRateHz);
        int pairs = 1 + (int) Math.floor(Math.log(top / LOWEST_CORNER_HZ) / Math.log(2));
        int purePoles = exponent >= 2 ? 1 : 0;
        double rest = exponent - 2 * purePoles;
        int sections = pairs + purePoles;
        pole = new double[sections];
        zero = new double[sections];
        previousInput = new double[sections];
        previousOutput = new double[sections];
        for (int k = 0; k < sections; k++) {
            double corner = LOWEST_CORNER_HZ * Math.pow(2, k < pairs ? k : 0);
            pole[k] = Math.exp(-2 * Math.PI * corner / sampleRateHz);
            zero[k] = k < pairs ? Math.exp(-2 * Math.PI * corner * Math.pow(2, rest / 2) / sampleRateHz) : 0;
        }
        double energy = 0;
        long n = Math.round(40 * sampleRateHz / LOWEST_CORNER_HZ);
        for (long i = 0; i < n; i++) {
            double h = filter(i == 0 ? 1 : 0);
            energy += h * h;
        }
        scale = 1 / Math.sqrt(energy);
        Arrays.fill(previousInput, 0);
        Arrays.fill(previousOutput, 0);
    }

    /** Feeds one white sample (unit variance) and returns the next output sample (unit RMS in the long run). */
    double next(double white) {
        return scale * filter(white);
    }

    private double filter(double x) {
        for (int k = 0; k < pole.length; k++) {
            double y = pole[k] * previousOutput[k] + x - zero[k] * previousInput[k];
            previousInput[k] = x;
            previousOutput[k] = y;
            x = y;
        }
        return x;
    }

    /** Runs the cascade for {@code seconds} so the slow sections start in their stationary state. */
    void warmUp(Rng rng, double sampleRateHz, double seconds) {
        for (long i = Math.round(seconds * sampleRateHz); i > 0; i--) {
            next(rng.gaussian());
        }
    }
}
