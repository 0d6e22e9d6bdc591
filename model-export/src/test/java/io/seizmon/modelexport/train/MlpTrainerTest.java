package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpTrainerTest {

    private static final TrainingOptions TINY = new TrainingOptions(List.of(16, 8), 400, 400, 4, 0.01, 0.2, 7, 0.5,
            false, Regularisation.NONE);

    @Test
    void overfitsATinySetWithArbitraryLabels() {
        Random random = new Random(5);
        int rows = 12;
        double[] x = random.doubles(rows * 6).map(u -> random.nextGaussian()).toArray();
        int[] y = {0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1};

        TrainingRun run = new MlpTrainer(TINY).train(x, y, new double[0], new int[0], 6, null, new Random(1), "t",
                EpochListener.NONE);

        double[] p = MlpTrainer.seizureProbabilities(run.network(), x, rows, new MlpPass(run.network().shape(), 5));
        for (int r = 0; r < rows; r++) {
            assertThat(y[r] == 1 ? p[r] : 1 - p[r]).as("row %d (label %d)", r, y[r]).isGreaterThan(0.99);
        }
        assertThat(run.history().get(run.epochs() - 1).trainLoss()).isLessThan(0.01);
        assertThat(run.history().get(0).trainLoss()).isGreaterThan(0.3);
    }

    @Test
    void sameSeedGivesBitIdenticalParametersAndAnotherSeedDoesNot() {
        double[] x = separable(60, 3);
        int[] y = labels(60);
        double[] gain = {1, 0.5, 2, 0};
        TrainingOptions options = new TrainingOptions(List.of(10), 15, 5, 8, 0.005, 0.2, 1, 0.5, false,
                new Regularisation(0.001, 0.1, 0.2, 0.3));

        TrainingRun a = new MlpTrainer(options).train(x, y, x, y, 4, gain, new Random(9), "a", EpochListener.NONE);
        TrainingRun b = new MlpTrainer(options).train(x, y, x, y, 4, gain, new Random(9), "b", EpochListener.NONE);
        TrainingRun c = new MlpTrainer(options).train(x, y, x, y, 4, gain, new Random(10), "c", EpochListener.NONE);

        assertThat(a.network()).isEqualTo(b.network());
        assertThat(a.history()).isEqualTo(b.history());
        assertThat(c.network()).isNotEqualTo(a.network());
    }

    @Test
    void keepsTheEpochWithTheLowestValidationLossAndStopsAfterPatience() {
        Random random = new Random(3);
        double[] x = random.doubles(40 * 4).map(u -> random.nextGaussian()).toArray();
        int[] y = labels(40);
        double[] validation = random.doubles(40 * 4).map(u -> random.nextGaussian()).toArray();
        TrainingOptions options = new TrainingOptions(List.of(32), 300, 5, 4, 0.01, 0.2, 1, 0.5, false,
                Regularisation.NONE);

        // labels unrelated to the inputs: the validation loss soon rises while the training loss falls
        TrainingRun run = new MlpTrainer(options).train(x, y, validation, y, 4, null, new Random(2), "r",
                EpochListener.NONE);

        assertThat(run.epochs()).isLessThan(300).isEqualTo(run.bestEpoch() + 5);
        double best = run.history().get(run.bestEpoch() - 1).validationLoss();
        assertThat(run.history()).allSatisfy(e -> assertThat(e.validationLoss()).isGreaterThanOrEqualTo(best));
        double[] p = MlpTrainer.seizureProbabilities(run.network(), validation, 40, new MlpPass(run.network().shape(),
                40));
        double[] classWeights = MlpTrainer.classWeights(y);
        double loss = 0;
        for (int r = 0; r < 40; r++) {
            loss -= classWeights[y[r]] * Math.log(y[r] == 1 ? p[r] : 1 - p[r]);
        }
        assertThat(loss / 40).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void weighsTheRareClassUpSoBothClassesCountTheSame() {
        double[] weights = MlpTrainer.classWeights(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1});
        assertThat(weights).containsExactly(10 / 16.0, 10 / 4.0);
        assertThat(8 * weights[0]).isEqualTo(2 * weights[1]);
        assertThatIllegalArgumentException().isThrownBy(() -> MlpTrainer.classWeights(new int[] {0, 0}))
                .withMessage("training rows: 0 seizure, 2 non-seizure (expected: both classes)");
    }

    @Test
    void learnsASeparableProblemWellEnoughToRankHeldOutRows() {
        double[] train = separable(200, 11);
        double[] test = separable(100, 12);
        TrainingOptions options = new TrainingOptions(List.of(16), 50, 10, 16, 0.01, 0.2, 1, 0.5, false,
                Regularisation.NONE);

        TrainingRun run = new MlpTrainer(options).train(train, labels(200), test, labels(100), 4, null,
                new Random(4), "s", EpochListener.NONE);

        double[] p = MlpTrainer.seizureProbabilities(run.network(), test, 100, new MlpPass(run.network().shape(), 32));
        boolean[] seizure = new boolean[100];
        for (int r = 0; r < 100; r++) {
            seizure[r] = labels(100)[r] == 1;
        }
        BinaryMetrics metrics = BinaryMetrics.of(p, seizure, 0.5);
        assertThat(metrics.auc()).isGreaterThan(0.97);
        assertThat(metrics.sensitivity()).isGreaterThan(0.85);
        assertThat(metrics.specificity()).isGreaterThan(0.85);
    }

    /** Every third row is a seizure: its first feature is shifted by +3 (clearly separable, with noise). */
    static double[] separable(int rows, long seed) {
        Random random = new Random(seed);
        double[] x = new double[rows * 4];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < 4; k++) {
                x[r * 4 + k] = random.nextGaussian() + (k == 0 && r % 3 == 0 ? 3 : 0);
            }
        }
        return x;
    }

    static int[] labels(int rows) {
        return java.util.stream.IntStream.range(0, rows).map(r -> r % 3 == 0 ? 1 : 0).toArray();
    }
}
