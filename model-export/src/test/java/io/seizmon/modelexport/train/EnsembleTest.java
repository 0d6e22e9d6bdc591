package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ensembles of classifiers ({@code --ensemble K}): the averaging, and how {@link ClassifierTrainer} trains them. */
class EnsembleTest {

    private static final MlpShape ONE_TO_TWO = new MlpShape(List.of(1, 2));
    private static final Standardisation IDENTITY = new Standardisation(new float[] {0}, new float[] {1},
            new boolean[] {false});
    /** p = [1/4, 3/4] whatever the input: logits (0, ln 3). */
    private static final Mlp THREE_QUARTERS = new Mlp(ONE_TO_TWO, new double[] {0, 0, 0, Math.log(3)});
    /** p(seizure) = sigmoid(x): logits (0, x). */
    private static final Mlp SIGMOID = new Mlp(ONE_TO_TWO, new double[] {0, 1, 0, 0});

    private final WindowDataset data = SyntheticWindows.dataset(45, 0.8, 2);

    @Test
    void singleNetworkMembersAreAveraged() {
        SeizureClassifier ensemble = new SeizureClassifier(IDENTITY, List.of(
                new SeizureClassifier.Member(THREE_QUARTERS, null), new SeizureClassifier.Member(SIGMOID, null)));

        double[] p = ensemble.classProbabilities(new float[] {0, (float) Math.log(3)}, 2);

        // x = 0: (3/4 + 1/2) / 2; x = ln 3: (3/4 + 3/4) / 2
        assertThat(p[1]).isCloseTo(0.625, within(1e-12));
        assertThat(p[0]).isCloseTo(0.375, within(1e-12));
        assertThat(p[3]).isCloseTo(0.75, within(1e-7));
        assertThat(p[2]).isCloseTo(0.25, within(1e-7));
    }

    @Test
    void dualMembersAreCombinedFirstThenAveraged() {
        SeizureClassifier ensemble = new SeizureClassifier(IDENTITY, List.of(
                new SeizureClassifier.Member(THREE_QUARTERS, THREE_QUARTERS),
                new SeizureClassifier.Member(SIGMOID, THREE_QUARTERS)));

        double[] p = ensemble.seizureProbabilities(new float[] {0}, 1);

        // the method's rule: member 1 min(3/4, 3/4) = 3/4; member 2 min(1/2, 3/4) = 1/2; mean 5/8
        assertThat(p[0]).isCloseTo(5.0 / 8, within(1e-12));
        assertThat(ensemble.firstNetworksOnly().seizureProbabilities(new float[] {0}, 1)[0])
                .isCloseTo((0.75 + 0.5) / 2, within(1e-12));
        assertThat(ensemble.describe()).isEqualTo("ensemble of 2 (p = mean of the members' probabilities) x dual mlp "
                + "1-2 relu softmax x mlp 1-2 relu softmax; p = min(p1, p2)");
    }

    @Test
    void productMembersMultiplyTheirNetworks() {
        SeizureClassifier ensemble = new SeizureClassifier(IDENTITY, List.of(
                new SeizureClassifier.Member(THREE_QUARTERS, THREE_QUARTERS, DualRule.PRODUCT),
                new SeizureClassifier.Member(SIGMOID, THREE_QUARTERS, DualRule.PRODUCT)));

        double[] p = ensemble.classProbabilities(new float[] {0}, 1);

        // member 1: 3/4 * 3/4 = 9/16; member 2: 1/2 * 3/4 = 3/8; mean 15/32
        assertThat(p[1]).isCloseTo(15.0 / 32, within(1e-12));
        assertThat(p[0]).isCloseTo(17.0 / 32, within(1e-12));
        assertThat(ensemble.describe()).endsWith("; p = p1 * p2");
    }

    @Test
    void membersMustShareTheirRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SeizureClassifier(IDENTITY, List.of(
                new SeizureClassifier.Member(SIGMOID, SIGMOID, DualRule.BOTH),
                new SeizureClassifier.Member(SIGMOID, SIGMOID, DualRule.PRODUCT))))
                .withMessageContaining("p = p1 * p2 (expected: all like the first");
    }

    @Test
    void theTrainedMembersCarryTheOptionsRule() {
        TrainingOptions product = new TrainingOptions(List.of(8), 15, 5, 16, 0.003, 0.2, 3, 0.5, true,
                Regularisation.NONE, 1, Double.NaN, false, DualRule.PRODUCT);

        SeizureClassifier both = new ClassifierTrainer(options(1, true)).train(data, 5, "t", EpochListener.NONE)
                .classifier();
        SeizureClassifier multiplied = new ClassifierTrainer(product).train(data, 5, "t", EpochListener.NONE)
                .classifier();

        assertThat(both.members().get(0).rule()).isEqualTo(DualRule.BOTH);
        assertThat(multiplied.members().get(0).rule()).isEqualTo(DualRule.PRODUCT);
        assertThat(multiplied.first()).as("the rule plays no part in training").isEqualTo(both.first());
        assertThat(multiplied.second()).isEqualTo(both.second());
        double[] s1 = both.firstNetworksOnly().seizureProbabilities(data.features(), data.rows());
        double[] s2 = new SeizureClassifier(both.standardisation(), both.second(), null)
                .seizureProbabilities(data.features(), data.rows());
        double[] pBoth = both.seizureProbabilities(data.features(), data.rows());
        double[] pProduct = multiplied.seizureProbabilities(data.features(), data.rows());
        for (int r = 0; r < data.rows(); r++) {
            assertThat(pBoth[r]).isCloseTo(Math.min(s1[r], s2[r]), within(1e-15));
            assertThat(pProduct[r]).isCloseTo(s1[r] * s2[r], within(1e-15));
        }
    }

    @Test
    void rejectsMembersThatMixSingleAndDual() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SeizureClassifier(IDENTITY, List.of(
                new SeizureClassifier.Member(SIGMOID, null), new SeizureClassifier.Member(SIGMOID, SIGMOID))))
                .withMessageStartingWith("members: dual mlp 1-2");
        assertThatIllegalArgumentException().isThrownBy(() -> new SeizureClassifier(IDENTITY, List.of()))
                .withMessage("members: none (expected: at least one)");
    }

    @Test
    void theFirstMemberIsTheSingleClassifierOfTheSameSeedAndTheOthersDiffer() {
        TrainedClassifier single = new ClassifierTrainer(options(1, true)).train(data, 5, "t", EpochListener.NONE);
        TrainedClassifier three = new ClassifierTrainer(options(3, true)).train(data, 5, "t", EpochListener.NONE);

        List<SeizureClassifier.Member> members = three.classifier().members();
        assertThat(members).hasSize(3);
        assertThat(members.get(0).first()).isEqualTo(single.classifier().first());
        assertThat(members.get(0).second()).isEqualTo(single.classifier().second());
        assertThat(members.get(1).first()).isNotEqualTo(members.get(0).first());
        assertThat(members.get(2).first()).isNotEqualTo(members.get(1).first());
        assertThat(three.firstRuns()).hasSize(3);
        assertThat(three.secondRuns()).hasSize(3);
        assertThat(three.validationRows()).isEqualTo(single.validationRows());
    }

    @Test
    void anEnsembleIsDeterministicForASeed() {
        SeizureClassifier a = new ClassifierTrainer(options(2, false)).train(data, 9, "t", EpochListener.NONE)
                .classifier();
        SeizureClassifier b = new ClassifierTrainer(options(2, false)).train(data, 9, "t", EpochListener.NONE)
                .classifier();

        for (int m = 0; m < 2; m++) {
            assertThat(a.members().get(m).first()).isEqualTo(b.members().get(m).first());
        }
        assertThat(a.seizureProbabilities(data.features(), data.rows()))
                .containsExactly(b.seizureProbabilities(data.features(), data.rows()));
    }

    @Test
    void theThresholdFromValidationIsChosenOnTheHeldBackRows() {
        TrainingOptions options = new TrainingOptions(List.of(8), 20, 5, 16, 0.003, 0.2, 3, 0.5, false,
                Regularisation.NONE, 2, 0.95, false, DualRule.BOTH);

        TrainedClassifier trained = new ClassifierTrainer(options).train(data, 3, "t", EpochListener.NONE);

        WindowDataset held = data.subset(trained.validationRows());
        double[] scores = trained.classifier().seizureProbabilities(held.features(), held.rows());
        assertThat(trained.threshold()).isEqualTo(ValidationThreshold.choose(scores, held.seizureLabels(), 0.95));
        assertThat(trained.validation().threshold()).isEqualTo(trained.threshold());
        assertThat(trained.validation().specificity()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aCommitteeHoldsEachRowBackFromOneMemberAndChoosesTheThresholdOnThoseScores() {
        TrainingOptions options = new TrainingOptions(List.of(8), 15, 5, 16, 0.003, 0.2, 3, 0.5, true,
                Regularisation.NONE, 3, 0.9, true, DualRule.BOTH);

        TrainedClassifier trained = new ClassifierTrainer(options).train(data, 4, "t", EpochListener.NONE);

        int[] fold = GroupedFolds.assign(data, 3, 4);
        double[] outOfFold = new double[data.rows()];
        for (int m = 0; m < 3; m++) {
            SeizureClassifier member = new SeizureClassifier(trained.classifier().standardisation(),
                    List.of(trained.classifier().members().get(m)));
            int[] held = GroupedFolds.rows(fold, m, false);
            double[] p = member.seizureProbabilities(data.subset(held).features(), held.length);
            for (int i = 0; i < held.length; i++) {
                outOfFold[held[i]] = p[i];
            }
        }
        assertThat(trained.classifier().members()).hasSize(3);
        assertThat(trained.validationRows()).hasSize(data.rows());
        assertThat(trained.threshold()).isEqualTo(ValidationThreshold.choose(outOfFold, data.seizureLabels(), 0.9));
        assertThat(trained.validation()).isEqualTo(BinaryMetrics.of(outOfFold, data.seizureLabels(),
                trained.threshold()));
        assertThat(trained.classifier().standardisation().mean())
                .containsExactly(Standardisation.fit(data).mean());
    }

    private static TrainingOptions options(int ensemble, boolean dual) {
        return new TrainingOptions(List.of(8), 15, 5, 16, 0.003, 0.2, 3, 0.5, dual, Regularisation.NONE, ensemble,
                Double.NaN, false, DualRule.BOTH);
    }
}
