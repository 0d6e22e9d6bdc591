package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void countsCallsAtTheThresholdInclusive() {
        double[] p = {0.9, 0.5, 0.49, 0.1, 0.6, 0.2};
        boolean[] seizure = {true, true, true, false, false, false};

        BinaryMetrics m = BinaryMetrics.of(p, seizure, 0.5);

        assertThat(m.truePositives()).isEqualTo(2);
        assertThat(m.trueNegatives()).isEqualTo(2);
        assertThat(m.sensitivity()).isEqualTo(2 / 3.0);
        assertThat(m.specificity()).isEqualTo(2 / 3.0);
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.falseNegatives()).isEqualTo(1);
    }

    @Test
    void pooledSumsTheCountsOfPartsCalledAtTheirOwnThresholds() {
        BinaryMetrics a = BinaryMetrics.of(new double[] {0.9, 0.3, 0.2}, new boolean[] {true, true, false}, 0.5);
        BinaryMetrics b = BinaryMetrics.of(new double[] {0.3, 0.25, 0.1}, new boolean[] {true, false, false}, 0.2);

        BinaryMetrics pooled = BinaryMetrics.pooled(java.util.List.of(a, b), 0.75);

        assertThat(pooled).isEqualTo(new BinaryMetrics(3, 3, 2, 2, Double.NaN, 0.75));
        assertThat(BinaryMetrics.pooled(java.util.List.of(a, a), 0.5).threshold()).isEqualTo(0.5);
    }

    @Test
    void aucOfHandWorkedCases() {
        // 9 (seizure, non-seizure) pairs; the seizure scores lower in (0.5, 0.6) and (0.49, 0.6): 7 of 9
        assertThat(BinaryMetrics.auc(new double[] {0.9, 0.5, 0.49, 0.1, 0.6, 0.2},
                new boolean[] {true, true, true, false, false, false})).isEqualTo(7 / 9.0);
        assertThat(BinaryMetrics.auc(new double[] {1, 2}, new boolean[] {false, true})).isEqualTo(1.0);
        assertThat(BinaryMetrics.auc(new double[] {2, 1}, new boolean[] {false, true})).isEqualTo(0.0);
        assertThat(BinaryMetrics.auc(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, false}))
                .isEqualTo(0.5);
        assertThat(BinaryMetrics.auc(new double[] {0.3, 0.7}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void rankAucEqualsTheBruteForcePairCountWithTies() {
        Random random = new Random(8);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + random.nextInt(60);
            double[] scores = new double[n];
            boolean[] seizure = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(7) / 7.0; // many ties
                seizure[i] = random.nextBoolean();
            }
            double pairs = 0;
            long count = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (seizure[i] && !seizure[j]) {
                        pairs += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                        count++;
                    }
                }
            }
            double expected = count == 0 ? Double.NaN : pairs / count;
            double actual = BinaryMetrics.auc(scores, seizure);
            if (count == 0) {
                assertThat(actual).isNaN();
            } else {
                assertThat(actual).as("trial %d", trial).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void missingClassGivesNotANumber() {
        BinaryMetrics m = BinaryMetrics.of(new double[] {0.2, 0.8}, new boolean[] {false, false}, 0.5);
        assertThat(m.sensitivity()).isNaN();
        assertThat(m.specificity()).isEqualTo(0.5);
        assertThat(m.auc()).isNaN();
    }
}
