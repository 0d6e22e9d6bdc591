package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardisationTest {

    @Test
    void centresAndScalesEachFeatureAndLeavesConstantFeaturesUnscaled() {
        float[] x = {1, -6, 10, 3, -6, 20, 5, -6, 30};
        WindowDataset data = WindowDataset.of(3, x, new boolean[3], new int[3]);

        Standardisation s = Standardisation.fit(data);

        assertThat(s.mean()).containsExactly(3f, -6f, 20f);
        assertThat(s.scale()[0]).isEqualTo((float) Math.sqrt(8 / 3.0));
        assertThat(s.scale()[1]).isEqualTo(1f);
        double[] z = s.apply(x, 3);
        assertThat(z[0] + z[3] + z[6]).isCloseTo(0, within(1e-7));
        assertThat(z[0] * z[0] + z[3] * z[3] + z[6] * z[6]).isCloseTo(3, within(1e-6));
        assertThat(new double[] {z[1], z[4], z[7]}).containsOnly(0.0);
    }
}
