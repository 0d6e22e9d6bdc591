package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardNegativesTest {

    @Test
    void takesEverySeizureAndEveryFalseAlarm() {
        double[] p = {0.9, 0.8, 0.7, 0.6, 0.95, 0.1, 0.05};
        int[] y = {1, 0, 0, 0, 0, 0, 1};

        int[] rows = HardNegatives.select(p, y, 0.5);

        assertThat(rows).containsExactly(0, 1, 2, 3, 4, 6);
        assertThat(HardNegatives.negativeCount(rows, y)).isEqualTo(4);
    }

    @Test
    void topsUpWithTheMostSeizureLikeNonSeizuresToMatchTheSeizureCount() {
        double[] p = {0.99, 0.98, 0.97, 0.01, 0.30, 0.02, 0.20, 0.30};
        int[] y = {1, 1, 1, 0, 0, 0, 0, 0};

        assertThat(HardNegatives.select(p, y, 0.5)).containsExactly(0, 1, 2, 4, 6, 7);
    }
}
