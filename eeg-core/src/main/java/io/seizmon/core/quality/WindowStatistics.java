package io.seizmon.core.quality;

/**
 * The time-domain measurements of one window: finiteness, standard deviation, the longest run of identical
 * consecutive samples, and the fraction of samples at each extreme. Two passes, nothing allocated. Mutable, owned by
 * one {@link SignalQualityGate}.
 */
final class WindowStatistics {

    private double stdDeviation = Double.NaN;
    private int longestRunSamples;
    private boolean longestRunAtExtreme;
    private double extremeFraction = Double.NaN;

    /**
     * Measures {@code samples[offset .. offset + length)}.
     *
     * @return false (and NaN measurements) when a sample is not finite
     */
    boolean measure(double[] samples, int offset, int length) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int run = 1;
        int longest = 1;
        double longestValue = Double.NaN;
        double previous = Double.NaN;
        for (int i = offset; i < offset + length; i++) {
            double x = samples[i];
            if (!Double.isFinite(x)) {
                stdDeviation = Double.NaN;
                extremeFraction = Double.NaN;
                longestRunSamples = 0;
                longestRunAtExtreme = false;
                return false;
            }
            run = x == previous ? run + 1 : 1;
            if (run > longest || i == offset) {
                longest = run;
                longestValue = x;
            }
            previous = x;
            min = Math.min(min, x);
            max = Math.max(max, x);
            sum += x;
        }
        double mean = sum / length;
        double squares = 0;
        int atMax = 0;
        int atMin = 0;
        for (int i = offset; i < offset + length; i++) {
            double x = samples[i];
            squares += (x - mean) * (x - mean);
            atMax += x == max ? 1 : 0;
            atMin += x == min ? 1 : 0;
        }
        stdDeviation = Math.sqrt(squares / length);
        longestRunSamples = longest;
        longestRunAtExtreme = max > min && (longestValue == max || longestValue == min);
        extremeFraction = (double) Math.max(atMax, atMin) / length;
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
