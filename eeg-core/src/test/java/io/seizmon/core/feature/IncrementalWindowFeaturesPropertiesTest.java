package io.seizmon.core.feature;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.window.WindowSpec;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The incremental features equal {@link WindowFeatures#compute} on every window of random streams: random rates,
 * hops (whole segment steps and not), frame sizes, lost frames (gaps), NaN samples and channels skipped for a window.
 * Features must be identical floats; the density must agree to 1e-12 in log10 (it is in fact identical).
 */
class IncrementalWindowFeaturesPropertiesTest {

    private static final double[] RATES_HZ = {64, 100, 173.61, 256, 399.61, 512, 1000};
    private static final double[] HOPS_SECONDS = {0.5, 1, 1, 2, 0.3, 0.77, 5};
    private static final double LOG10_TOLERANCE = 1e-12;

    @Property(tries = 60)
    void equalsTheFullComputationOnEveryWindow(
            @ForAll @IntRange(min = 0, max = 6) int rateIndex,
            @ForAll @IntRange(min = 0, max = 6) int hopIndex,
            @ForAll @DoubleRange(min = 0, max = 0.01) double lossProbability,
            @ForAll @DoubleRange(min = 0, max = 0.03) double nanProbability,
            @ForAll long seed) {
        FeatureSpec spec = FeatureSpec.of(RATES_HZ[rateIndex]);
        WindowSpec windows = WindowSpec.of(spec.sampleRateHz(), spec.windowSeconds(), HOPS_SECONDS[hopIndex]);
        int channels = 3;
        WindowFeatures full = new WindowFeatures(spec);
        WelchPeriodogram reference = new WelchPeriodogram(spec);
        IncrementalWindowFeatures incremental = new IncrementalWindowFeatures(spec, channels);
        float[] expected = new float[spec.binCount()];
        float[] actual = new float[spec.binCount()];
        double[] channel = new double[spec.windowSamples()];
        double[] expectedDensity = new double[incremental.welchBinCount()];
        double[] actualDensity = new double[incremental.welchBinCount()];
        Random skip = new Random(seed);
        int[] compared = new int[1];

        new StreamFeeder(windows, channels, seed).run(60, lossProbability, nanProbability, window -> {
            for (int c = 0; c < channels; c++) {
                if (skip.nextInt(10) == 0) {
                    continue;
                }
                boolean densityFirst = skip.nextBoolean();
                if (densityFirst) {
                    window.copyChannel(c, channel, 0);
                    boolean finite = reference.computeDensity(channel, 0, expectedDensity, 0);
                    assertThat(incremental.computeDensity(window, c, actualDensity, 0)).isEqualTo(finite);
                    assertDensityClose(expectedDensity, actualDensity, window.index(), c);
                }
                boolean finite = full.compute(window, c, expected, 0);
                assertThat(incremental.compute(window, c, actual, 0)).isEqualTo(finite);
                assertThat(Arrays.equals(actual, expected))
                        .as("window %d channel %d: %s vs %s", window.index(), c, Arrays.toString(actual),
                                Arrays.toString(expected)).isTrue();
                compared[0]++;
            }
        });
        assertThat(compared[0]).isPositive();
    }

    private static void assertDensityClose(double[] expected, double[] actual, long window, int channel) {
        for (int j = 0; j < expected.length; j++) {
            if (Double.isNaN(expected[j])) {
                assertThat(actual[j]).isNaN();
                continue;
            }
            double error = Math.abs(Math.log10(actual[j] + 1e-300) - Math.log10(expected[j] + 1e-300));
            assertThat(error).as("log10 density error at bin %d, window %d, channel %d", j, window, channel)
                    .isLessThanOrEqualTo(LOG10_TOLERANCE);
        }
    }
}
