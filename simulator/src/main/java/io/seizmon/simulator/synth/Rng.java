package io.seizmon.simulator.synth;

/**
 * A small, reseedable, allocation-free pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014) with the
 * distributions the model needs. Unlike {@link java.util.SplittableRandom} it can be reseeded in place, so a
 * renderer reuses one instance for every event it draws parameters for.
 *
 * <p>Not thread-safe: one generator belongs to one thread.
 */
final class Rng {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    /** Poisson means above this are drawn as a sum of smaller ones (exp(-mean) must not underflow). */
    private static final double POISSON_CHUNK = 64;

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    Rng(long seed) {
        reseed(seed);
    }

    /** Restarts the sequence from {@code seed}. */
    void reseed(long seed) {
        state = seed;
        hasSpare = false;
    }

    /** Returns a well-mixed seed derived from {@code seed} and {@code index} (distinct indices, distinct streams). */
    static long derive(long seed, long index) {
        return mix(mix(seed) + GOLDEN_GAMMA * (index + 1));
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [min, max). */
    double uniform(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /** Log-uniform in [min, max), both &gt; 0. */
    double logUniform(double min, double max) {
        return min * Math.exp(Math.log(max / min) * nextDouble());
    }

    /** Returns true with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** +1 or -1 with equal probability. */
    double sign() {
        return nextLong() < 0 ? -1 : 1;
    }

    /** Exponential with the given mean. */
    double exponential(double mean) {
        return -mean * Math.log(1 - nextDouble());
    }

    /** Standard normal (Marsaglia's polar method; every second call is free). */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /** Poisson with the given mean (&ge; 0), exact: Knuth's method on chunks of the mean. */
    int poisson(double mean) {
        int count = 0;
        for (double left = mean; left > 0; left -= POISSON_CHUNK) {
            double limit = Math.exp(-Math.min(left, POISSON_CHUNK));
            double product = nextDouble();
            while (product > limit) {
                count++;
                product *= nextDouble();
            }
        }
        return count;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
