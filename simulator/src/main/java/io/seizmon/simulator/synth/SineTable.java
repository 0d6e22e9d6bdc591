package io.seizmon.simulator.synth;

/**
 * sin(2π·cycles) from a 4096-entry table with linear interpolation (error below 3·10⁻⁷), several times cheaper than
 * {@link Math#sin} in the per-sample loop. The table is built once and shared (immutable).
 */
final class SineTable {

    private static final int SIZE = 4096;
    private static final double[] TABLE = new double[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) {
            TABLE[i] = Math.sin(2 * Math.PI * i / SIZE);
        }
    }

    private SineTable() {
    }

    /** Returns sin(2π·cycles) for any finite {@code cycles}. */
    static double sin(double cycles) {
        double x = (cycles - Math.floor(cycles)) * SIZE;
        int i = (int) x;
        double frac = x - i;
        return TABLE[i] + frac * (TABLE[i + 1] - TABLE[i]);
    }

    /** Returns cos(2π·cycles). */
    static double cos(double cycles) {
        return sin(cycles + 0.25);
    }
}
