package io.seizmon.core.quality;

/**
 * The time-domain measurements of one window: finiteness, standard deviation, the longest run of identical
 * consecutive samples, and the fraction of samples at each extreme. One pass, nothing allocated. Mutable, owned by
 * one {@link SignalQualityGate}.
 */
final class WindowStatistics {

    private double stdDeviation = Double.NaN;
    private int longestRunSamples;
    private boolean longestRunAtExtreme;
    private double extremeFraction = Double.NaN;

    /**
     * Measures {@code samples[offset .. offset + length)} in one pass. The variance is summed about the first sample
     * (not about zero), so a large offset costs no precision; a sample that is not finite makes the sum non-finite,
     * which the single check after the loop catches (an overflow of finite samples is told apart by a rescan).
     *
     * @return false (and NaN measurements) when a sample is not finite
     */
    boolean measure(double[] samples, int offset, int length) {
        double shift = samples[offset];
        double min = shift;
        double max = shift;
        int atMin = 0;
        int atMax = 0;
        double sum = 0;
        double squares = 0;
        int run = 0;
        int longest = 0;
        double longestValue = shift;
        double previous = Double.NaN;
        for (int i = offset; i < offset + length; i++) {
            double x = samples[i];
            double d = x - shift;
            sum += d;
            squares += d * d;
            run = x == previous ? run + 1 : 1;
            if (run > longest) {
                longest = run;
                longestValue = x;
            }
            previous = x;
            if (x <= min) {
                atMin = x < min ? 1 : atMin + 1;
                min = x;
            }
            if (x >= max) {
                atMax = x > max ? 1 : atMax + 1;
                max = x;
            }
        }
        if (!Double.isFinite(sum) && !allFinite(samples, offset, length)) {
            stdDeviation = Double.NaN;
            extremeFraction = Double.NaN;
            longestRunSamples = 0;
            longestRunAtExtreme = false;
            return false;
        }
        double mean = sum / length;
        stdDeviation = Math.sqrt(Math.max(0, squares / length - mean * mean));
        longestRunSamples = longest;
        longestRunAtExtreme = max > min && (longestValue == max || longestValue == min);
        extremeFraction = (double) Math.max(atMax, atMin) / length;
        return true;
    }

    private static boolean allFinite(double[] samples, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!Double.isFinite(samples[i])) {
                return false;
            }
        }
        return true;
    }

    double stdDeviation() {
        return stdDeviation;
    }

    int longestRunSamples() {
        return longestRunSamples;
    }

    /** True when the longest run sits at the window's maximum or minimum and the window is not constant. */
    boolean longestRunAtExtreme() {
        return longestRunAtExtreme;
    }

    double extremeFraction() {
        return extremeFraction;
    }
}
