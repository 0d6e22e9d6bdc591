package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocTest {

    private static final double EPS = 1e-12;

    // 4 positives (0.9, 0.8, 0.6, 0.4), 3 negatives (0.8, 0.4, 0.2); two ties across the classes.
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.6, 0.4, 0.4, 0.2};
    private static final boolean[] LABELS = {true, true, false, true, false, true, false};

    @Test
    void aucCountsTiesAsHalf() {
        // pairs won: 0.9 beats all 3; 0.8 ties one (0.5) and beats 2; 0.6 beats 2; 0.4 ties one and beats 1
        // U = 3 + 2.5 + 2 + 1.5 = 9 of 4 * 3 = 12 pairs
        assertThat(Roc.of(SCORES, LABELS).auc()).isCloseTo(9.0 / 12, within(EPS));
    }

    @Test
    void pointsSweepDistinctThresholdsFromNothingToEverythingPositive() {
        List<RocPoint> points = Roc.of(SCORES, LABELS).points();

        assertThat(points).extracting(RocPoint::threshold)
                .containsExactly(Double.POSITIVE_INFINITY, 0.9, 0.8, 0.6, 0.4, 0.2);
        assertThat(points).extracting(RocPoint::confusion).containsExactly(
                new ConfusionMatrix(0, 0, 3, 4),
                new ConfusionMatrix(1, 0, 3, 3),
                new ConfusionMatrix(2, 1, 2, 2),
                new ConfusionMatrix(3, 1, 2, 1),
                new ConfusionMatrix(4, 2, 1, 0),
                new ConfusionMatrix(4, 3, 0, 0));
        assertThat(points.get(3).falsePositiveRate()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(points.get(3).truePositiveRate()).isEqualTo(0.75);
    }

    @Test
    void aucEqualsTheTrapezoidalAreaUnderThePoints() {
        Roc roc = Roc.of(SCORES, LABELS);

        assertThat(trapezoid(roc.points())).isCloseTo(roc.auc(), within(EPS));
    }

    @Test
    void perfectReversedAndConstantScores() {
        boolean[] labels = {false, false, true, true};
        assertThat(Roc.of(new double[] {0.1, 0.2, 0.8, 0.9}, labels).auc()).isEqualTo(1.0);
        assertThat(Roc.of(new double[] {0.9, 0.8, 0.2, 0.1}, labels).auc()).isEqualTo(0.0);
        assertThat(Roc.of(new double[] {0.5, 0.5, 0.5, 0.5}, labels).auc()).isEqualTo(0.5);
    }

    @Test
    void oneClassOnlyGivesNaNAuc() {
        Roc allSeizure = Roc.of(new double[] {0.2, 0.7}, new boolean[] {true, true});
        Roc noSeizure = Roc.of(new double[] {0.2, 0.7}, new boolean[] {false, false});
        Roc empty = Roc.of(new double[0], new boolean[0]);

        assertThat(allSeizure.auc()).isNaN();
        assertThat(noSeizure.auc()).isNaN();
        assertThat(empty.auc()).isNaN();
        assertThat(empty.points()).hasSize(1);
        assertThat(allSeizure.positives()).isEqualTo(2);
        assertThat(noSeizure.negatives()).isEqualTo(2);
    }

    @Test
    void confusionAtAnyThresholdMatchesDirectCounting() {
        Roc roc = Roc.of(SCORES, LABELS);

        for (double t : new double[] {1.5, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, -1}) {
            assertThat(roc.confusionAt(t)).as("threshold %s", t).isEqualTo(ConfusionMatrix.of(SCORES, LABELS, t));
        }
    }

    @Test
    void thresholdForSpecificityIsTheMostSensitivePointReachingIt() {
        Roc roc = Roc.of(SCORES, LABELS);

        assertThat(roc.thresholdForSpecificity(1.0).threshold()).isEqualTo(0.9);
        assertThat(roc.thresholdForSpecificity(2.0 / 3).threshold()).isEqualTo(0.6);
        assertThat(roc.thresholdForSpecificity(2.0 / 3).truePositiveRate()).isEqualTo(0.75);
        assertThat(roc.thresholdForSpecificity(0.5).threshold()).isEqualTo(0.6);
        assertThat(roc.thresholdForSpecificity(0.0).threshold()).isEqualTo(0.2);
    }

    @Test
    void thresholdForSpecificityFallsBackToNothingPositiveWhenTheTopScoreIsNegative() {
        Roc roc = Roc.of(new double[] {0.9, 0.1}, new boolean[] {false, true});

        assertThat(roc.thresholdForSpecificity(1.0).threshold()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> roc.thresholdForSpecificity(1.5))
                .hasMessage("targetSpecificity: 1.5 (expected: 0 to 1)");
    }

    static double trapezoid(List<RocPoint> points) {
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            RocPoint a = points.get(i - 1);
            RocPoint b = points.get(i);
            area += (b.falsePositiveRate() - a.falsePositiveRate()) * (a.truePositiveRate() + b.truePositiveRate())
                    / 2;
        }
        return area;
    }
}
