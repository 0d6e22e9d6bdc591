package io.seizmon.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The one-pass {@link WindowStatistics#measure} against the plain definition (mean, then the sum of squared
 * deviations; extremes counted after they are known; runs of exactly equal samples; any non-finite sample refuses
 * the window) on random windows with runs, rails, repeated extremes, large offsets and the odd NaN or infinity.
 */
class WindowStatisticsPropertiesTest {

    @Property(tries = 400)
    void agreesWithTheDefinition(@ForAll @IntRange(min = 1, max = 700) int length,
                                 @ForAll @DoubleRange(min = 0, max = 0.5) double repeatProbability,
                                 @ForAll @DoubleRange(min = 0, max = 0.2) double railProbability,
                                 @ForAll @DoubleRange(min = 0, max = 0.01) double nonFiniteProbability,
                                 @ForAll @IntRange(min = 0, max = 3) int offsetIndex,
                                 @ForAll long seed) {
        double[] offsetsMicrovolts = {0, -350, 12_000, 2e6};
        Random random = new Random(seed);
        int start = random.nextInt(5);
        double[] samples = new double[start + length + 3];
        double rail = 400 + offsetsMicrovolts[offsetIndex];
        for (int i = 0; i < samples.length; i++) {
            double u = random.nextDouble();
            if (i > 0 && u < repeatProbability) {
                samples[i] = samples[i - 1];
            } else if (u < repeatProbability + railProbability) {
                samples[i] = random.nextBoolean() ? rail : -rail;
            } else if (u < repeatProbability + railProbability + nonFiniteProbability) {
                double[] bad = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                samples[i] = bad[random.nextInt(3)];
            } else {
                samples[i] = (float) (offsetsMicrovolts[offsetIndex] + 50 * random.nextGaussian());
            }
        }
        WindowStatistics actual = new WindowStatistics();
        boolean finite = actual.measure(samples, start, length);
        Reference expected = Reference.of(samples, start, length);

        assertThat(finite).isEqualTo(expected.finite);
        if (!finite) {
            assertThat(actual.stdDeviation()).isNaN();
            assertThat(actual.extremeFraction()).isNaN();
            return;
        }
        double scale = Math.max(1, Math.abs(offsetsMicrovolts[offsetIndex]) + rail);
        assertThat(actual.stdDeviation()).isCloseTo(expected.std, within(1e-9 * scale));
        assertThat(actual.longestRunSamples()).isEqualTo(expected.longestRun);
        assertThat(actual.longestRunAtExtreme()).isEqualTo(expected.longestRunAtExtreme);
        assertThat(actual.extremeFraction()).isEqualTo(expected.extremeFraction);
    }

    /** The measurements as defined, two plain passes. */
    private record Reference(boolean finite, double std, int longestRun, boolean longestRunAtExtreme,
                             double extremeFraction) {

        static Reference of(double[] x, int offset, int length) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int run = 0;
            int longest = 0;
            double longestValue = Double.NaN;
            for (int i = offset; i < offset + length; i++) {
                if (!Double.isFinite(x[i])) {
                    return new Reference(false, Double.NaN, 0, false, Double.NaN);
                }
                run = i > offset && x[i] == x[i - 1] ? run + 1 : 1;
                if (run > longest) {
                    longest = run;
                    longestValue = x[i];
                }
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
                sum += x[i];
            }
            double mean = sum / length;
            double squares = 0;
            int atMin = 0;
            int atMax = 0;
            for (int i = offset; i < offset + length; i++) {
                squares += (x[i] - mean) * (x[i] - mean);
                atMin += x[i] == min ? 1 : 0;
                atMax += x[i] == max ? 1 : 0;
            }
            boolean atExtreme = max > min && (longestValue == max || longestValue == min);
            return new Reference(true, Math.sqrt(squares / length), longest, atExtreme,
                    (double) Math.max(atMin, atMax) / length);
        }
    }
}
