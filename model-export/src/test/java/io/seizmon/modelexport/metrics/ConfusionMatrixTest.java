package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final double EPS = 1e-12;

    @Test
    void countsWindowsAtTheThresholdWithScoresEqualToItPositive() {
        double[] scores = {0.1, 0.4, 0.5, 0.7, 0.9, 0.3};
        boolean[] labels = {false, true, true, false, true, false};

        ConfusionMatrix m = ConfusionMatrix.of(scores, labels, 0.5);

        assertThat(m).isEqualTo(new ConfusionMatrix(2, 1, 2, 1));
        assertThat(m.sensitivity()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.specificity()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.f1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.accuracy()).isCloseTo(4.0 / 6, within(EPS));
        assertThat(m.total()).isEqualTo(6);
    }

    @Test
    void f1IsTheHarmonicMeanOfSensitivityAndPrecision() {
        ConfusionMatrix m = new ConfusionMatrix(3, 1, 10, 3);

        // sensitivity 3/6 = 0.5, precision 3/4 = 0.75, F1 = 2 * 0.375 / 1.25 = 0.6
        assertThat(m.sensitivity()).isEqualTo(0.5);
        assertThat(m.precision()).isEqualTo(0.75);
        assertThat(m.f1()).isCloseTo(0.6, within(EPS));
    }

    @Test
    void ratesWithoutADenominatorAreNaN() {
        ConfusionMatrix onlyNegatives = new ConfusionMatrix(0, 0, 5, 0);
        assertThat(onlyNegatives.sensitivity()).isNaN();
        assertThat(onlyNegatives.precision()).isNaN();
        assertThat(onlyNegatives.f1()).isNaN();
        assertThat(onlyNegatives.specificity()).isEqualTo(1.0);
        assertThat(onlyNegatives.accuracy()).isEqualTo(1.0);

        ConfusionMatrix onlyPositives = new ConfusionMatrix(2, 0, 0, 2);
        assertThat(onlyPositives.specificity()).isNaN();
        assertThat(onlyPositives.sensitivity()).isEqualTo(0.5);

        assertThat(ConfusionMatrix.EMPTY.accuracy()).isNaN();
        assertThat(ConfusionMatrix.EMPTY.sensitivity()).isNaN();
        assertThat(ConfusionMatrix.EMPTY.specificity()).isNaN();
    }

    @Test
    void f1IsZeroWhenThereArePredictionsButNoTruePositive() {
        ConfusionMatrix m = new ConfusionMatrix(0, 3, 1, 2);

        assertThat(m.sensitivity()).isZero();
        assertThat(m.precision()).isZero();
        assertThat(m.f1()).isZero();
    }

    @Test
    void plusAddsCounts() {
        assertThat(new ConfusionMatrix(1, 2, 3, 4).plus(new ConfusionMatrix(10, 20, 30, 40)))
                .isEqualTo(new ConfusionMatrix(11, 22, 33, 44));
    }

    @Test
    void rejectsMismatchedLengthsNaNScoresAndNegativeCounts() {
        assertThatThrownBy(() -> ConfusionMatrix.of(new double[2], new boolean[3], 0.5))
                .hasMessage("labels.length: 3 (expected: scores.length 2)");
        assertThatThrownBy(() -> ConfusionMatrix.of(new double[] {0.1, Double.NaN}, new boolean[2], 0.5))
                .hasMessage("scores[1]: NaN (expected: a number)");
        assertThatThrownBy(() -> new ConfusionMatrix(0, -1, 0, 0))
                .hasMessage("falsePositives: -1 (expected: >= 0)");
    }
}
