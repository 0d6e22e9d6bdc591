package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ValidationThresholdTest {

    // 5 seizure windows, 10 non-seizure; sorted scores with labels:
    // 0.95 S, 0.90 S, 0.80 N, 0.70 S, 0.40 S, 0.30 N, 0.20 S, 0.15 N, 0.10 N ... 0.01 N
    private static final double[] SCORES = {0.95, 0.90, 0.80, 0.70, 0.40, 0.30, 0.20, 0.15, 0.10, 0.08, 0.06, 0.05,
        0.03, 0.02, 0.01};
    private static final boolean[] SEIZURE = {true, true, false, true, true, false, true, false, false, false, false,
        false, false, false, false};

    @Test
    void fullSpecificityStopsAboveTheHighestNonSeizureWindow() {
        // no false positive allowed: the lowest such point calls 0.95, 0.90 (threshold 0.90); next lower score 0.80
        assertThat(ValidationThreshold.choose(SCORES, SEIZURE, 1.0)).isCloseTo((0.90 + 0.80) / 2, within(1e-15));
    }

    @Test
    void allowedFalsePositivesLetTheThresholdDownToTheNextNonSeizureWindow() {
        // 90%: one of ten non-seizure windows may be called (0.80); the lowest point with FP <= 1 calls down to 0.40;
        // the next lower score, 0.30, is a second false positive
        assertThat(ValidationThreshold.choose(SCORES, SEIZURE, 0.9)).isCloseTo((0.40 + 0.30) / 2, within(1e-15));
        // 80%: two may be called (0.80, 0.30): down to 0.20; the next, 0.15, would be the third
        assertThat(ValidationThreshold.choose(SCORES, SEIZURE, 0.8)).isCloseTo((0.20 + 0.15) / 2, within(1e-15));
    }

    @Test
    void theChosenThresholdKeepsTheTargetAndIsTheMostSensitiveThatDoes() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 20 + random.nextInt(200);
            double[] scores = new double[n];
            boolean[] seizure = new boolean[n];
            for (int i = 0; i < n; i++) {
                seizure[i] = i % 4 == 0;
                scores[i] = 1 / (1 + Math.exp(-(random.nextGaussian() + (seizure[i] ? 1.5 : -1.5))));
            }
            double target = 0.8 + 0.2 * random.nextDouble();

            double t = ValidationThreshold.choose(scores, seizure, target);

            BinaryMetrics at = BinaryMetrics.of(scores, seizure, t);
            assertThat(at.specificity()).as("trial %d: specificity at %s", trial, t).isGreaterThanOrEqualTo(target);
            double nextLower = -1;
            for (double s : scores) {
                nextLower = s < t && s > nextLower ? s : nextLower;
            }
            if (nextLower >= ValidationThreshold.MIN_THRESHOLD) {
                assertThat(BinaryMetrics.of(scores, seizure, nextLower).specificity())
                        .as("trial %d: one step lower (%s) breaks the target", trial, nextLower).isLessThan(target);
            }
        }
    }

    @Test
    void keepsTheThresholdInsideTheOpenUnitInterval() {
        // the top window is non-seizure: no finite point has specificity 1
        assertThat(ValidationThreshold.choose(new double[] {1.0, 0.9}, new boolean[] {false, true}, 1.0))
                .isEqualTo(ValidationThreshold.MAX_THRESHOLD);
        // one false positive allowed (0.5): the point at 1e-7 is chosen, the midpoint to 0 is raised to MIN_THRESHOLD
        assertThat(ValidationThreshold.choose(new double[] {0.0, 1e-7, 0.5}, new boolean[] {false, true, false}, 0.5))
                .isEqualTo(ValidationThreshold.MIN_THRESHOLD);
    }

    @Test
    void rejectsValidationWindowsOfOneClassAndBadTargets() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValidationThreshold.choose(new double[] {0.2, 0.3}, new boolean[] {false, false},
                        0.9))
                .withMessage("validation windows: 0 seizure, 2 non-seizure (expected: both classes to choose a "
                        + "threshold)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValidationThreshold.choose(SCORES, SEIZURE, 0))
                .withMessage("targetSpecificity: 0.0 (expected: > 0 and <= 1)");
    }
}
