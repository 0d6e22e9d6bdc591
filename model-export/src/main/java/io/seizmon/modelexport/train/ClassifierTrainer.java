package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SeizureClassifier} of one or more members ({@link MemberTrainer}) on a dataset and sets its
 * recommended threshold: {@link TrainingOptions#threshold()}, or with {@link TrainingOptions#thresholdFromValidation()}
 * one chosen on validation rows ({@link ValidationThreshold}).
 *
 * <p>Shared split (the default): one grouped validation split ({@code 1 / validationFraction} folds, the first held
 * back) is held back from every member; the standardisation is fitted on the remaining training rows; the
 * threshold is chosen on the whole classifier's scores of the validation rows.
 *
 * <p>Committee ({@link TrainingOptions#committee()}): the rows are split into {@code K = ensemble} grouped folds;
 * member {@code k} trains on the other folds and is early-stopped on fold {@code k}. The standardisation is fitted
 * on every row (features only, no labels). Every row is held back from exactly one member, so the threshold is
 * chosen on the pooled out-of-fold scores: each row scored by the member that did not train on it.
 *
 * <p>Deterministic for a seed: splits use {@link GroupedFolds} with the seed; member {@code m} draws from one
 * {@code Random} seeded {@link #memberSeed(long, int)} (member 0: the seed itself).
 */
public final class ClassifierTrainer {

    private static final long MEMBER_SEED_STEP = 0x9E3779B97F4A7C15L;

    private final TrainingOptions options;

    public ClassifierTrainer(TrainingOptions options) {
        this.options = options;
    }

    /** The seed of ensemble member {@code member}: {@code seed} for member 0, distinct for the others. */
    public static long memberSeed(long seed, int member) {
        return seed + member * MEMBER_SEED_STEP;
    }

    /**
     * Trains on every row of {@code data}.
     *
     * @param stage names the run in progress reports, e.g. {@code fold 2/5}
     * @throws IllegalArgumentException when the training rows hold one class only, the data has fewer groups than
     *                                  committee members, or the threshold is to be chosen on validation rows that
     *                                  lack a class or do not exist
     */
    public TrainedClassifier train(WindowDataset data, long seed, String stage, EpochListener listener) {
        return options.committee() ? trainCommittee(data, seed, stage, listener)
                : trainShared(data, seed, stage, listener);
    }

    private TrainedClassifier trainShared(WindowDataset data, long seed, String stage, EpochListener listener) {
        int folds = Math.min(options.validationFolds(), data.groupCount());
        int[] trainingRows = java.util.stream.IntStream.range(0, data.rows()).toArray();
        int[] validationRows = new int[0];
        if (folds >= 2) {
            int[] fold = GroupedFolds.assign(data, folds, seed);
            trainingRows = GroupedFolds.rows(fold, 0, true);
            validationRows = GroupedFolds.rows(fold, 0, false);
        }
        WindowDataset train = data.subset(trainingRows);
        WindowDataset validation = data.subset(validationRows);
        StandardisedSplit split = StandardisedSplit.of(Standardisation.fit(train), train, validation);
        Members members = new Members();
        for (int m = 0; m < options.ensemble(); m++) {
            members.add(new MemberTrainer(options).train(split, new Random(memberSeed(seed, m)), name(stage, m),
                    listener));
        }
        SeizureClassifier classifier = new SeizureClassifier(split.standardisation(), members.members);
        double[] scores = classifier.seizureProbabilities(validation.features(), validation.rows());
        BinaryMetrics firstOnly = classifier.dual() && validation.rows() > 0 ? BinaryMetrics.of(classifier
                .firstNetworksOnly().seizureProbabilities(validation.features(), validation.rows()),
                validation.seizureLabels(), options.threshold()) : null;
        return members.result(classifier, trainingRows, validationRows, scores, validation.seizureLabels(),
                firstOnly);
    }

    private TrainedClassifier trainCommittee(WindowDataset data, long seed, String stage, EpochListener listener) {
        int k = options.ensemble();
        if (data.groupCount() < k) {
            throw new IllegalArgumentException("committee: " + k + " members (expected: at most the "
                    + data.groupCount() + " groups of the training data)");
        }
        int[] fold = GroupedFolds.assign(data, k, seed);
        Standardisation standardisation = Standardisation.fit(data);
        Members members = new Members();
        double[] outOfFold = new double[data.rows()];
        for (int m = 0; m < k; m++) {
            WindowDataset train = data.subset(GroupedFolds.rows(fold, m, true));
            int[] heldRows = GroupedFolds.rows(fold, m, false);
            WindowDataset held = data.subset(heldRows);
            MemberTrainer.Trained trained = new MemberTrainer(options).train(StandardisedSplit.of(standardisation,
                    train, held), new Random(memberSeed(seed, m)), name(stage, m), listener);
            members.add(trained);
            double[] scores = new SeizureClassifier(standardisation, List.of(trained.member()))
                    .seizureProbabilities(held.features(), held.rows());
            for (int i = 0; i < heldRows.length; i++) {
                outOfFold[heldRows[i]] = scores[i];
            }
        }
        int[] all = java.util.stream.IntStream.range(0, data.rows()).toArray();
        SeizureClassifier classifier = new SeizureClassifier(standardisation, members.members);
        return members.result(classifier, all, all, outOfFold, data.seizureLabels(), null);
    }

    private String name(String stage, int member) {
        return options.ensemble() == 1 ? stage : stage + " member " + (member + 1) + "/" + options.ensemble();
    }

    /** Collects the members' results and builds the {@link TrainedClassifier}. */
    private final class Members {

        private final List<SeizureClassifier.Member> members = new ArrayList<>();
        private final List<TrainingRun> firstRuns = new ArrayList<>();
        private final List<TrainingRun> secondRuns = new ArrayList<>();
        private int hardNegatives = -1;

        void add(MemberTrainer.Trained trained) {
            members.add(trained.member());
            firstRuns.add(trained.first());
            if (trained.second() != null) {
                secondRuns.add(trained.second());
            }
            hardNegatives = hardNegatives < 0 ? trained.hardNegatives() : hardNegatives;
        }

        /** Chooses the threshold on {@code scores} of validation rows (when asked to) and scores them at it. */
        TrainedClassifier result(SeizureClassifier classifier, int[] trainingRows, int[] validationRows,
                                 double[] scores, boolean[] labels, BinaryMetrics firstOnly) {
            double threshold = options.threshold();
            BinaryMetrics onValidation = null;
            if (scores.length > 0) {
                if (options.thresholdFromValidation()) {
                    threshold = ValidationThreshold.choose(scores, labels, options.validationSpecificity());
                }
                onValidation = BinaryMetrics.of(scores, labels, threshold);
            } else if (options.thresholdFromValidation()) {
                throw new IllegalArgumentException("validation rows: none (expected: some, to choose the threshold "
                        + "on; the data has too few groups for a validation split)");
            }
            return new TrainedClassifier(classifier, firstRuns, secondRuns, trainingRows, validationRows,
                    onValidation, firstOnly, hardNegatives, threshold);
        }
    }
}
