package io.seizmon.core.feature;

import static io.seizmon.core.feature.SignalComponent.dc;
import static io.seizmon.core.feature.SignalComponent.noise;
import static io.seizmon.core.feature.SignalComponent.ramp;
import static io.seizmon.core.feature.SignalComponent.sine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Analytic properties of {@link WelchPeriodogram}; exact agreement with scipy is in the reference test. */
class WelchPeriodogramTest {

    /**
     * Leakage budget of a 1-s Hann segment: its kernel keeps ~98.1% of a tone's power within +-1.5 Hz and ~99.98%
     * within +-2.5 Hz; linear detrending changes the total by &lt; 0.2% at 10 Hz.
     */
    static final double THREE_BAND_TOLERANCE = 0.025;
    static final double FIVE_BAND_TOLERANCE = 0.003;
    /** White noise, 60 s: statistical spread of the total (~2%) plus the detrend bias (~1/L) stays within this. */
    static final double NOISE_TOTAL_TOLERANCE = 0.05;
    /** Detrending makes DC and ramps vanish up to rounding, relative to the signal's total power. */
    static final double DETREND_TOLERANCE = 1e-9;

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {64, 173.61, 256, 400, 1000, 4000})
    void putsHalfTheSquaredAmplitudeOfAToneInItsBandAndNeighbours(double sampleRateHz) {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz);
        double amplitude = 10;
        double toneHz = 10;
        double[] powers = bandPowers(spec, sine(amplitude, toneHz, 0.3));
        double expected = amplitude * amplitude / 2;
        int f = (int) toneHz;

        assertThat(powers[f] / expected).as("band f").isBetween(0.5, 0.7);
        assertThat(sum(powers, f - 1, f + 1) / expected).as("bands f-1..f+1")
                .isCloseTo(1.0, within(THREE_BAND_TOLERANCE));
        assertThat(sum(powers, f - 2, f + 2) / expected).as("bands f-2..f+2")
                .isCloseTo(1.0, within(FIVE_BAND_TOLERANCE));
        assertThat(sum(powers, 0, f - 3) + sum(powers, f + 3, 99)).as("elsewhere").isLessThan(0.003 * expected);
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {64, 173.61})
    void spreadsWhiteNoiseFlatlyWithTotalEqualToVariance(double sampleRateHz) {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz, 60);
        double sigma = 10;
        double[] powers = bandPowers(spec, noise(42, sigma));
        double variance = sigma * sigma;
        double perBand = 2 * variance / sampleRateHz;
        int nyquistBand = (int) Math.floor(spec.nyquistHz());

        assertThat(sum(powers, 0, 99) / variance).as("total (Parseval)")
                .isCloseTo(1.0, within(NOISE_TOTAL_TOLERANCE));
        assertThat(sum(powers, 2, nyquistBand - 2) / (nyquistBand - 3) / perBand).as("mean of inner bands")
                .isCloseTo(1.0, within(NOISE_TOTAL_TOLERANCE));
        for (int k = 2; k <= nyquistBand - 2; k++) {
            assertThat(powers[k] / perBand).as("band %d", k).isBetween(0.5, 1.6);
        }
    }

    @Test
    void removesDcOffsetAndLinearTrendWithinEachSegment() {
        FeatureSpec spec = FeatureSpec.of(400);
        double[] clean = bandPowers(spec, sine(20, 7.3, 0.1), noise(7, 3));
        double[] offset = bandPowers(spec, sine(20, 7.3, 0.1), noise(7, 3), dc(5000));
        double[] drifting = bandPowers(spec, sine(20, 7.3, 0.1), noise(7, 3), dc(-300), ramp(200));
        double total = sum(clean, 0, 99);

        for (int k = 0; k < clean.length; k++) {
            assertThat(offset[k]).as("band %d with DC", k).isCloseTo(clean[k], within(DETREND_TOLERANCE * total));
            assertThat(drifting[k]).as("band %d with ramp", k).isCloseTo(clean[k], within(DETREND_TOLERANCE * total));
        }
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {1000, 4000})
    void keepsAToneAboveTheFeatureRangeOutOfEveryBand(double sampleRateHz) {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz);
        double amplitude = 100;
        double[] powers = bandPowers(spec, sine(amplitude, 150, 0.2));

        assertThat(Arrays.stream(powers).max().orElseThrow()).isLessThan(1e-4 * amplitude * amplitude / 2);
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {64, 173.61})
    void setsBandsAboveNyquistToExactlyLog10OfEpsilon(double sampleRateHz) {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz);
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        double[] window = render(spec, noise(3, 10), sine(50, spec.nyquistHz() - 1.2, 0));
        double[] features = new double[100];

        assertThat(periodogram.computeFeatures(window, 0, features, 0)).isTrue();

        // Band k receives Welch bins up to Nyquist + d/2, so the first empty band starts above that.
        int firstEmpty = (int) Math.ceil(spec.nyquistHz() + spec.welchBinHz() / 2 + 0.5);
        for (int k = 0; k < features.length; k++) {
            if (k < firstEmpty) {
                assertThat(features[k]).as("band %d", k).isGreaterThan(Math.log10(spec.epsilon()) + 1);
            } else {
                assertThat(features[k]).as("band %d", k).isEqualTo(Math.log10(spec.epsilon()));
            }
        }
    }

    @Test
    void givesIdenticalResultsOnRepeatedCallsAndLeavesTheInputUnchanged() {
        FeatureSpec spec = FeatureSpec.of(173.61);
        double[] window = render(spec, noise(11, 20), sine(30, 12.5, 0));
        double[] other = render(spec, noise(12, 50), dc(80));
        double[] copy = window.clone();
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        double[] first = new double[100];
        double[] again = new double[100];
        double[] fresh = new double[100];

        periodogram.computeFeatures(window, 0, first, 0);
        periodogram.computeFeatures(other, 0, new double[100], 0);
        periodogram.computeFeatures(window, 0, again, 0);
        new WelchPeriodogram(spec).computeFeatures(window, 0, fresh, 0);

        assertThat(again).containsExactly(first);
        assertThat(fresh).containsExactly(first);
        assertThat(window).containsExactly(copy);
    }

    @Test
    void readsAndWritesOnlyTheGivenRanges() {
        FeatureSpec spec = FeatureSpec.of(256, 2);
        double[] window = render(spec, noise(5, 10));
        double[] padded = new double[window.length + 50];
        Arrays.fill(padded, Double.NaN);
        System.arraycopy(window, 0, padded, 30, window.length);
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        double[] expected = new double[100];
        double[] out = new double[140];
        Arrays.fill(out, -7);

        periodogram.computeFeatures(window, 0, expected, 0);
        assertThat(periodogram.computeFeatures(padded, 30, out, 25)).isTrue();

        assertThat(Arrays.copyOfRange(out, 25, 125)).containsExactly(expected);
        assertThat(Arrays.copyOfRange(out, 0, 25)).containsOnly(-7.0);
        assertThat(Arrays.copyOfRange(out, 125, 140)).containsOnly(-7.0);
    }

    @Test
    void writesFloatFeaturesAsRoundedDoubles() {
        FeatureSpec spec = FeatureSpec.of(512);
        double[] window = render(spec, noise(9, 10), sine(5, 40, 1));
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        double[] features = new double[100];
        float[] floats = new float[101];

        periodogram.computeFeatures(window, 0, features, 0);
        assertThat(periodogram.computeFeatures(window, 0, floats, 1)).isTrue();

        for (int k = 0; k < 100; k++) {
            assertThat(floats[k + 1]).isEqualTo((float) features[k]);
        }
    }

    @Test
    void reportsNonFiniteSamplesWithFalseAndNanFeaturesThenRecovers() {
        FeatureSpec spec = FeatureSpec.of(400);
        double[] window = render(spec, noise(1, 10));
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        double[] expected = new double[100];
        periodogram.computeFeatures(window, 0, expected, 0);
        double[] out = new double[101];

        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] broken = window.clone();
            broken[0] = bad; // in the skipped/oldest part too: the whole window is checked
            out[100] = 42;
            assertThat(periodogram.computeFeatures(broken, 0, out, 0)).as("sample %s", bad).isFalse();
            assertThat(Arrays.copyOf(out, 100)).containsOnly(Double.NaN);
            assertThat(out[100]).isEqualTo(42);
        }
        double[] huge = window.clone();
        huge[1000] = 1e200;
        assertThat(periodogram.computeBandPowers(huge, 0, out, 0)).as("overflow").isFalse();
        assertThat(periodogram.computeFeatures(window, 0, out, 0)).isTrue();
        assertThat(Arrays.copyOf(out, 100)).containsExactly(expected);
    }

    @Test
    void rejectsRangesOutsideTheArraysNamingThem() {
        FeatureSpec spec = FeatureSpec.of(256);
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        double[] window = new double[spec.windowSamples()];

        assertThatThrownBy(() -> periodogram.computeFeatures(window, 1, new double[100], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window: offset 1 with length 1280 (expected: offset >= 0 and offset + length <= array "
                        + "length 1280)");
        assertThatThrownBy(() -> periodogram.computeFeatures(window, 0, new double[100], -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("out: offset -1");
        assertThatThrownBy(() -> periodogram.computeFeatures(window, 0, new float[99], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("out: offset 0 with length 100");
    }

    @Test
    void allocatesNothingPerWindow() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported(), "skipped: per-thread allocation counter not available");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        FeatureSpec spec = FeatureSpec.of(1000);
        double[] window = render(spec, noise(2, 10));
        double[] out = new double[100];
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);
        for (int i = 0; i < 50; i++) {
            periodogram.computeFeatures(window, 0, out, 0);
        }
        long thread = Thread.currentThread().getId();

        long before = bean.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 500; i++) {
            periodogram.computeFeatures(window, 0, out, 0);
        }
        long allocated = bean.getThreadAllocatedBytes(thread) - before;

        // A single 1000-sample buffer would be 8 KB per window; 1 KB in total leaves room for the counter's noise.
        assertThat(allocated).as("bytes allocated over 500 windows").isLessThan(1024);
    }

    private static double[] render(FeatureSpec spec, SignalComponent... components) {
        return SignalComponent.render(spec.sampleRateHz(), spec.windowSamples(), components);
    }

    private static double[] bandPowers(FeatureSpec spec, SignalComponent... components) {
        double[] powers = new double[spec.binCount()];
        assertThat(new WelchPeriodogram(spec).computeBandPowers(render(spec, components), 0, powers, 0)).isTrue();
        return powers;
    }

    private static double sum(double[] values, int from, int toInclusive) {
        double sum = 0;
        for (int k = Math.max(0, from); k <= Math.min(values.length - 1, toInclusive); k++) {
            sum += values[k];
        }
        return sum;
    }
}
