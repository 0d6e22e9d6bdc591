package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DualRule}: the method's rule is the AND of the two networks' decisions at every threshold. */
class DualRuleTest {

    @Test
    void bothCallsASeizureExactlyWhenBothNetworksDoAtAnyThreshold() {
        Random random = new Random(5);
        double[] grid = {0, 0.25, 0.5, 0.5 + 1e-12, 0.75, 1};
        for (int k = 0; k < 100_000; k++) {
            double s1 = k < 36 ? grid[k % 6] : random.nextDouble();
            double s2 = k < 36 ? grid[k / 6] : random.nextDouble();
            double t = k < 36 ? 0.5 : random.nextDouble();
            assertThat(DualRule.BOTH.combine(s1, s2) >= t).as("s1 %s, s2 %s, t %s", s1, s2, t)
                    .isEqualTo(s1 >= t && s2 >= t);
        }
    }

    @Test
    void theProductIsStricterThanBoth() {
        // two networks at 0.7 call a seizure at 0.5; their product does not
        assertThat(DualRule.BOTH.combine(0.7, 0.7)).isEqualTo(0.7);
        assertThat(DualRule.PRODUCT.combine(0.7, 0.7)).isCloseTo(0.49, within(1e-15));
        Random random = new Random(6);
        for (int k = 0; k < 10_000; k++) {
            double s1 = random.nextDouble();
            double s2 = random.nextDouble();
            assertThat(DualRule.PRODUCT.combine(s1, s2)).isLessThanOrEqualTo(DualRule.BOTH.combine(s1, s2));
        }
    }

    @Test
    void eachRuleNamesItsOnnxOperatorAndFormula() {
        assertThat(DualRule.BOTH.onnxOperator()).isEqualTo("Min");
        assertThat(DualRule.BOTH.formula()).isEqualTo("p = min(p1, p2)");
        assertThat(DualRule.PRODUCT.onnxOperator()).isEqualTo("Mul");
        assertThat(DualRule.PRODUCT.nodeName()).isEqualTo("product");
    }
}
