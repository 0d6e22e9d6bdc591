package io.seizmon.simulator.synth;

/**
 * Narrow-band noise: white noise through two identical two-pole band-pass sections in cascade (each
 * {@code (1 - z⁻²) / (1 - a1·z⁻¹ - a2·z⁻²)}, zeros at DC and Nyquist, poles at {@code centreHz} with radius
 * {@code exp(-π·bandwidthHz/rate)}), scaled to unit RMS (the energy of the impulse response). The cascade's skirts
 * fall as {@code f⁻⁴} in power, so a slow rhythm adds little high-frequency power. Its amplitude and phase wander
 * like a real rhythm's (delta, theta, gamma) rather than staying fixed like a sinusoid's.
 *
 * <p>Allocation-free per sample; not thread-safe.
 */
final class Resonator {

    private final double a1;
    private final double a2;
    private final double scale;
    private final double[] x1 = new double[2];
    private final double[] x2 = new double[2];
    private final double[] y1 = new double[2];
    private final double[] y2 = new double[2];

    Resonator(double sampleRateHz, double centreHz, double bandwidthHz) {
        double r = Math.exp(-Math.PI * bandwidthHz / sampleRateHz);
        a1 = 2 * r * Math.cos(2 * Math.PI * centreHz / sampleRateHz);
        a2 = -r * r;
        double energy = 0;
        long n = Math.round(40 * sampleRateHz / bandwidthHz);
        for (long i = 0; i < n; i++) {
            double h = filter(i == 0 ? 1 : 0);
            energy += h * h;
        }
        scale = 1 / Math.sqrt(energy);
        for (int s = 0; s < 2; s++) {
            x1[s] = 0;
            x2[s] = 0;
            y1[s] = 0;
            y2[s] = 0;
        }
    }

    /** Feeds one white sample (unit variance) and returns the next output sample. */
    double next(double white) {
        return scale * filter(white);
    }

    private double filter(double x) {
        for (int s = 0; s < 2; s++) {
            double y = a1 * y1[s] + a2 * y2[s] + x - x2[s];
            x2[s] = x1[s];
            x1[s] = x;
            y2[s] = y1[s];
            y1[s] = y;
            x = y;
        }
        return x;
    }
}
