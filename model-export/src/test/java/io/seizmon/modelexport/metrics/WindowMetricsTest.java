package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowMetricsTest {

    @Test
    void combinesTheConfusionAtTheThresholdWithTheRoc() {
        float[] scores = {0.1f, 0.4f, 0.5f, 0.7f, 0.9f, 0.3f};
        boolean[] labels = {false, true, true, false, true, false};

        WindowMetrics m = WindowMetrics.of(scores, labels, 0.5);

        assertThat(m.confusion()).isEqualTo(new ConfusionMatrix(2, 1, 2, 1));
        assertThat(m.sensitivity()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.specificity()).isCloseTo(2.0 / 3, within(1e-12));
        // positives 0.4, 0.5, 0.9 against negatives 0.1, 0.3, 0.7: wins 2 + 2 + 3 = 7 of 9
        assertThat(m.auc()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(m.threshold()).isEqualTo(0.5);
    }

    @Test
    void allOneClassKeepsTheDefinedRatesAndNaNForTheRest() {
        WindowMetrics m = WindowMetrics.of(new double[] {0.2, 0.6, 0.8}, new boolean[3], 0.5);

        assertThat(m.confusion()).isEqualTo(new ConfusionMatrix(0, 2, 1, 0));
        assertThat(m.specificity()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.sensitivity()).isNaN();
        assertThat(m.auc()).isNaN();
    }
}
