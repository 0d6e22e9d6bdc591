package io.seizmon.simulator.synth;

/**
 * One cycle of a seizure discharge as a function of phase (0 ≤ φ &lt; 1), blended between two tabulated shapes of
 * zero mean and unit RMS:
 * <ul>
 *   <li><b>early</b>, rhythmic and nearly sinusoidal: {@code sin 2πφ + h·sin(4πφ + 0.5)};</li>
 *   <li><b>late</b>, spike-and-wave: a sharp spike {@code -exp(-½((φ - 0.15)/σ)²)} followed by a slow wave
 *       {@code w·exp(-½((φ - 0.55)/0.14)²)}, times the polarity.</li>
 * </ul>
 * {@link #value(double, double)} interpolates linearly in each table and blends them with weight {@code late}, so
 * harmonics grow as a seizure evolves. Tables are refilled by {@link #prepare} (no allocation).
 *
 * <p>Not thread-safe.
 */
final class SpikeWaveShape {

    private static final int SIZE = 1024;

    private final double[] early = new double[SIZE + 1];
    private final double[] late = new double[SIZE + 1];

    /**
     * Fills both tables.
     *
     * @param harmonic   second-harmonic weight of the early shape
     * @param spikeWidth spike σ as a fraction of the cycle
     * @param waveWeight weight of the slow wave after the spike
     * @param polarity   +1 or -1
     */
    void prepare(double harmonic, double spikeWidth, double waveWeight, double polarity) {
        for (int i = 0; i < SIZE; i++) {
            double phi = (double) i / SIZE;
            early[i] = SineTable.sin(phi) + harmonic * SineTable.sin(2 * phi + 0.5 / (2 * Math.PI));
            double spike = Math.exp(-0.5 * square(circular(phi - 0.15) / spikeWidth));
            double wave = Math.exp(-0.5 * square(circular(phi - 0.55) / 0.14));
            late[i] = polarity * (waveWeight * wave - spike);
        }
        normalise(early);
        normalise(late);
    }

    /** Returns the shape at phase {@code phase} (in [0, 1)) with {@code late} (in [0, 1]) of the late shape. */
    double value(double phase, double late) {
        double x = phase * SIZE;
        int i = (int) x;
        double frac = x - i;
        double e = early[i] + frac * (early[i + 1] - early[i]);
        double l = this.late[i] + frac * (this.late[i + 1] - this.late[i]);
        return e + late * (l - e);
    }

    private static void normalise(double[] table) {
        double mean = 0;
        for (int i = 0; i < SIZE; i++) {
            mean += table[i];
        }
        mean /= SIZE;
        double power = 0;
        for (int i = 0; i < SIZE; i++) {
            table[i] -= mean;
            power += table[i] * table[i];
        }
        double scale = 1 / Math.sqrt(power / SIZE);
        for (int i = 0; i < SIZE; i++) {
            table[i] *= scale;
        }
        table[SIZE] = table[0];
    }

    /** Phase difference wrapped to [-0.5, 0.5), so a cycle joins the next without a step. */
    private static double circular(double d) {
        return d - Math.floor(d + 0.5);
    }

    private static double square(double x) {
        return x * x;
    }
}
