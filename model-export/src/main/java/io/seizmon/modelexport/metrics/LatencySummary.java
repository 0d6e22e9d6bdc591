package io.seizmon.modelexport.metrics;

import java.util.Arrays;

/**
 * Median and worst (largest) of a set of latencies in seconds; NaN values (unknown latencies) are left out.
 *
 * @param count         latencies summarised
 * @param medianSeconds their median (mean of the middle two for an even count), NaN when count is 0
 * @param worstSeconds  their maximum, NaN when count is 0
 */
public record LatencySummary(int count, double medianSeconds, double worstSeconds) {

    /** Summarises {@code seconds}, ignoring NaN. The array is not modified. */
    public static LatencySummary of(double[] seconds) {
        double[] known = Arrays.stream(seconds).filter(s -> !Double.isNaN(s)).sorted().toArray();
        int n = known.length;
        if (n == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN);
        }
        double median = n % 2 == 1 ? known[n / 2] : (known[n / 2 - 1] + known[n / 2]) / 2;
        return new LatencySummary(n, median, known[n - 1]);
    }
}
