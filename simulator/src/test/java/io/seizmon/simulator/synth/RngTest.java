package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void reseedingRepeatsTheSequence() {
        Rng rng = new Rng(42);
        double[] first = {rng.nextDouble(), rng.gaussian(), rng.gaussian(), rng.exponential(2), rng.poisson(300)};
        rng.reseed(42);
        double[] again = {rng.nextDouble(), rng.gaussian(), rng.gaussian(), rng.exponential(2), rng.poisson(300)};
        assertThat(again).containsExactly(first);
    }

    @Test
    void derivedSeedsAreDistinct() {
        Set<Long> seeds = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            for (long index = 0; index < 50; index++) {
                seeds.add(Rng.derive(seed, index));
            }
        }
        assertThat(seeds).hasSize(1000);
    }

    @Test
    void distributionsHaveTheirMeansAndVariances() {
        Rng rng = new Rng(7);
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        double uniform = 0;
        double exponential = 0;
        for (int i = 0; i < n; i++) {
            double g = rng.gaussian();
            sum += g;
            squares += g * g;
            uniform += rng.uniform(2, 4);
            exponential += rng.exponential(3);
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(squares / n).isCloseTo(1, within(0.01));
        assertThat(uniform / n).isCloseTo(3, within(0.01));
        assertThat(exponential / n).isCloseTo(3, within(0.03));
    }

    @Test
    void poissonIsRightForMeansBeyondExpUnderflow() {
        Rng rng = new Rng(3);
        double total = 0;
        for (int i = 0; i < 200; i++) {
            total += rng.poisson(1000);
        }
        // Mean of 200 draws: standard error sqrt(1000 / 200) = 2.2.
        assertThat(total / 200).isCloseTo(1000, within(10.0));
        assertThat(rng.poisson(0)).isZero();
    }
}
