package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analytic gradient of {@link MlpPass} against central finite differences of its own loss. */
class MlpPassTest {

    /** Largest accepted relative error |analytic − numeric| / (|analytic| + |numeric|). */
    private static final double RELATIVE_TOLERANCE = 1e-6;
    /** Differences below this are rounding noise of the finite difference itself, whatever the ratio. */
    private static final double ABSOLUTE_TOLERANCE = 1e-9;
    private static final double STEP = 1e-6;
    /** One-sided slopes differing by more than this (relative) mean the step crossed a ReLU kink. */
    private static final double KINK_TOLERANCE = 1e-3;

    private final Random random = new Random(42);

    @Test
    void gradientMatchesFiniteDifferencesOnEveryParameterOfASmallNetwork() {
        MlpShape shape = new MlpShape(List.of(5, 4, 3, 2));
        assertGradientMatches(shape, 6, java.util.stream.IntStream.range(0, shape.parameterCount()).toArray());
    }

    @Test
    void gradientMatchesFiniteDifferencesOnSampledParametersOfTheDefaultNetwork() {
        MlpShape shape = MlpShape.of(100, List.of(250, 125), 2);
        int[] sampled = random.ints(300, 0, shape.parameterCount()).toArray();
        assertGradientMatches(shape, 8, sampled);
    }

    @Test
    void gradientMatchesFiniteDifferencesUnderFixedDropoutMasksAndGainOffsets() {
        MlpShape shape = new MlpShape(List.of(6, 5, 4, 2));
        double[] direction = gaussian(6);
        // the same seed before every loss evaluation: every evaluation draws the same offsets and masks
        assertGradientMatches(shape, 5, java.util.stream.IntStream.range(0, shape.parameterCount()).toArray(),
                pass -> pass.regularise(0.3, 0.4, 0.5, direction, new Random(77)));
    }

    @Test
    void probabilitiesOfARowDoNotDependOnTheRestOfTheBatch() {
        MlpShape shape = new MlpShape(List.of(5, 7, 2));
        Mlp net = Mlp.initialised(shape, random);
        double[] x = gaussian(5 * 10);
        MlpPass pass = new MlpPass(shape, 10);
        pass.forward(net, x, null, 0, 10);
        double p7 = pass.probability(7, 1);
        pass.forward(net, x, new int[] {7}, 0, 1);
        assertThat(pass.probability(0, 1)).isEqualTo(p7);
        assertThat(pass.probability(0, 0) + pass.probability(0, 1)).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-15));
    }

    private void assertGradientMatches(MlpShape shape, int batch, int[] parameters) {
        assertGradientMatches(shape, batch, parameters, pass -> { });
    }

    private void assertGradientMatches(MlpShape shape, int batch, int[] parameters,
                                       java.util.function.Consumer<MlpPass> beforeEachLoss) {
        Mlp net = Mlp.initialised(shape, random);
        // non-zero biases: with zero biases a row whose units below are all off sits exactly on a ReLU kink,
        // where the central difference measures half a slope
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                net.parameters()[shape.biasOffset(l) + j] = 0.3 * random.nextGaussian();
            }
        }
        double[] x = gaussian(shape.inputs() * batch);
        int[] labels = random.ints(batch, 0, 2).toArray();
        double[] classWeights = {0.7, 1.9};
        MlpPass pass = new MlpPass(shape, batch);
        double[] gradient = new double[shape.parameterCount()];
        beforeEachLoss.accept(pass);
        pass.lossAndGradient(net, x, labels, classWeights, null, 0, batch, gradient);
        double[] scratch = new double[shape.parameterCount()];
        double[] p = net.parameters();
        beforeEachLoss.accept(pass);
        double centre = pass.lossAndGradient(net, x, labels, classWeights, null, 0, batch, scratch);
        int kinks = 0;
        for (int k : parameters) {
            double saved = p[k];
            p[k] = saved + STEP;
            beforeEachLoss.accept(pass);
            double plus = pass.lossAndGradient(net, x, labels, classWeights, null, 0, batch, scratch);
            p[k] = saved - STEP;
            beforeEachLoss.accept(pass);
            double minus = pass.lossAndGradient(net, x, labels, classWeights, null, 0, batch, scratch);
            p[k] = saved;
            double right = (plus - centre) / STEP;
            double left = (centre - minus) / STEP;
            if (Math.abs(right - left) > KINK_TOLERANCE * (Math.abs(right) + Math.abs(left)) + 1e-6) {
                kinks++;
                continue;
            }
            double numeric = (plus - minus) / (2 * STEP);
            double difference = Math.abs(gradient[k] - numeric);
            if (difference > ABSOLUTE_TOLERANCE) {
                assertThat(difference / (Math.abs(gradient[k]) + Math.abs(numeric)))
                        .as("parameter %d: analytic %s, numeric %s", k, gradient[k], numeric)
                        .isLessThan(RELATIVE_TOLERANCE);
            }
        }
        assertThat(kinks).as("parameters skipped at a ReLU kink").isLessThanOrEqualTo(parameters.length / 50);
    }

    private double[] gaussian(int n) {
        return random.doubles(n).map(u -> random.nextGaussian()).toArray();
    }
}
