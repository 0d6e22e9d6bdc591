package io.seizmon.core.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link WelchPeriodogram} with the independent scipy reference in {@code feature/reference.txt}
 * (regenerate with {@code make_reference.py} beside it).
 */
class WelchPeriodogramReferenceTest {

    /** Features are log10 values; observed max error 2.6e-13 (double rounding in both FFTs), ~40x margin. */
    static final double LOG10_TOLERANCE = 1e-11;
    /** Band powers relative to the case's total power (near-empty bands are not judged relatively); observed 7e-16. */
    static final double POWER_TOLERANCE_RELATIVE_TO_TOTAL = 1e-13;
    /** The regenerated input must match the one scipy saw (sums relative to sqrt(n * sum of squares)). */
    static final double INPUT_TOLERANCE = 1e-12;

    static List<ReferenceCase> cases() {
        return ReferenceCase.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScipyReference(ReferenceCase reference) {
        FeatureSpec spec = FeatureSpec.of(reference.sampleRateHz(), reference.windowSeconds());
        double[] input = reference.input(spec);
        assertSameInput(reference, input);
        WelchPeriodogram periodogram = new WelchPeriodogram(spec);

        double[] features = new double[spec.binCount()];
        double[] powers = new double[spec.binCount()];
        assertThat(periodogram.computeFeatures(input, 0, features, 0)).isTrue();
        assertThat(periodogram.computeBandPowers(input, 0, powers, 0)).isTrue();

        double featureError = maxAbsDifference(features, reference.features());
        assertThat(featureError)
                .as("%s: max |log10 feature - scipy| = %.3g (tolerance %.1g)", reference, featureError,
                        LOG10_TOLERANCE)
                .isLessThanOrEqualTo(LOG10_TOLERANCE);
        double powerError = maxAbsDifference(powers, reference.bandPowers()) / reference.totalPower();
        assertThat(powerError)
                .as("%s: max |band power - scipy| / total power = %.3g (tolerance %.1g)", reference, powerError,
                        POWER_TOLERANCE_RELATIVE_TO_TOTAL)
                .isLessThanOrEqualTo(POWER_TOLERANCE_RELATIVE_TO_TOTAL);
        if (spec.nyquistHz() + spec.welchBinHz() / 2 <= spec.binCount() - 0.5) {
            double parsevalError = Math.abs(Arrays.stream(powers).sum() - reference.totalPower())
                    / reference.totalPower();
            assertThat(parsevalError).as("%s: bands cover every Welch bin, so they sum to scipy's total power; "
                    + "relative error %.3g", reference, parsevalError)
                    .isLessThanOrEqualTo(POWER_TOLERANCE_RELATIVE_TO_TOTAL);
        }
    }

    private static void assertSameInput(ReferenceCase reference, double[] input) {
        double sum = 0;
        double sumSquares = 0;
        for (double x : input) {
            sum += x;
            sumSquares += x * x;
        }
        double scale = Math.sqrt(input.length * reference.inputSumSquares());
        assertThat(Math.abs(sum - reference.inputSum()) / scale)
                .as("%s: regenerated input sum %s vs scipy's %s", reference, sum, reference.inputSum())
                .isLessThanOrEqualTo(INPUT_TOLERANCE);
        assertThat(Math.abs(sumSquares - reference.inputSumSquares()) / reference.inputSumSquares())
                .as("%s: regenerated input sum of squares %s vs scipy's %s", reference, sumSquares,
                        reference.inputSumSquares())
                .isLessThanOrEqualTo(INPUT_TOLERANCE);
    }

    private static double maxAbsDifference(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double max = 0;
        for (int k = 0; k < actual.length; k++) {
            max = Math.max(max, Math.abs(actual[k] - expected[k]));
        }
        return max;
    }
}
