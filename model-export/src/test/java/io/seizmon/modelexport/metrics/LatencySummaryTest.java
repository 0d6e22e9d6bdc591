package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void medianAndWorstOfOddAndEvenCountsIgnoringUnknowns() {
        assertThat(LatencySummary.of(new double[] {20, -10, 5})).isEqualTo(new LatencySummary(3, 5, 20));
        assertThat(LatencySummary.of(new double[] {3, Double.NaN, 1})).isEqualTo(new LatencySummary(2, 2, 3));
        assertThat(LatencySummary.of(new double[] {Double.NaN}).count()).isZero();
        assertThat(LatencySummary.of(new double[0]).medianSeconds()).isNaN();
    }
}
