package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The rank-based AUC against brute-force pair counting and the trapezoidal area, on coarse (tie-heavy) scores. */
class RocPropertiesTest {

    @Property(tries = 300)
    void aucEqualsPairCountingAndTrapezoidArea(
            @ForAll @Size(min = 1, max = 80) List<@IntRange(min = 0, max = 10) Integer> levels,
            @ForAll @Size(min = 1, max = 80) List<Boolean> labelList) {
        int n = Math.min(levels.size(), labelList.size());
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = levels.get(i) / 10.0;
            labels[i] = labelList.get(i);
        }
        Roc roc = Roc.of(scores, labels);
        Assume.that(roc.positives() > 0 && roc.negatives() > 0);

        double wins = 0;
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                if (labels[p] && !labels[q]) {
                    wins += scores[p] > scores[q] ? 1 : scores[p] == scores[q] ? 0.5 : 0;
                }
            }
        }
        double pairCount = wins / (roc.positives() * roc.negatives());
        assertThat(roc.auc()).isCloseTo(pairCount, within(1e-12)).isBetween(0.0, 1.0);
        assertThat(RocTest.trapezoid(roc.points())).isCloseTo(pairCount, within(1e-12));
    }
}
