package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Grouped, stratified k-fold cross-validation ({@link GroupedFolds}): for each fold a classifier is trained on the
 * other folds ({@link ClassifierTrainer}, with its own grouped validation split for early stopping) and scored on
 * the held-out fold. Fold {@code k} trains with seed {@code seed + k + 1}; the fold assignment uses {@code seed}.
 *
 * <p>Each fold's windows are called at that fold's classifier's own threshold ({@link TrainedClassifier#threshold()}:
 * the given one, or one chosen on the fold's inner validation split); the pooled result sums the folds' counts.
 *
 * <p>Training windows may be cut more densely than test windows (a shorter hop, as augmentation): the folds are
 * assigned on the test windows and every training window follows its group, so no group is on both sides.
 */
public final class CrossValidation {

    private final TrainingOptions options;

    public CrossValidation(TrainingOptions options) {
        this.options = options;
    }

    /**
     * Runs {@code folds} folds.
     *
     * @throws IllegalArgumentException when there are fewer groups than folds, or a training split lacks a class
     */
    public CrossValidationResult run(WindowDataset data, int folds, EpochListener listener) {
        return run(data, data, folds, listener);
    }

    /**
     * Runs {@code folds} folds, testing on {@code data} and training on the windows of {@code training} (the same
     * entries, possibly cut at another hop) whose groups are outside the test fold.
     *
     * @throws IllegalArgumentException when there are fewer groups than folds, a training split lacks a class, or
     *                                  the two datasets name different groups
     */
    public CrossValidationResult run(WindowDataset data, WindowDataset training, int folds, EpochListener listener) {
        if (!training.groupNames().equals(data.groupNames())) {
            throw new IllegalArgumentException("training: " + training.groupNames().size() + " groups (expected: the "
                    + data.groupNames().size() + " groups of the test windows, in the same order)");
        }
        int[] fold = GroupedFolds.assign(data, folds, options.seed());
        int[] foldOfGroup = new int[data.groupNames().size()];
        java.util.Arrays.fill(foldOfGroup, -1);
        for (int r = 0; r < data.rows(); r++) {
            foldOfGroup[data.group(r)] = fold[r];
        }
        int[] trainingFold = new int[training.rows()];
        for (int r = 0; r < training.rows(); r++) {
            trainingFold[r] = foldOfGroup[training.group(r)];
        }
        ClassifierTrainer trainer = new ClassifierTrainer(options);
        List<FoldResult> results = new ArrayList<>();
        double[] pooledScores = new double[data.rows()];
        boolean[] pooledLabels = data.seizureLabels();
        for (int k = 0; k < folds; k++) {
            WindowDataset train = training.subset(GroupedFolds.rows(trainingFold, k, true));
            int[] testRows = GroupedFolds.rows(fold, k, false);
            WindowDataset test = data.subset(testRows);
            TrainedClassifier trained = trainer.train(train, options.seed() + k + 1,
                    "fold " + (k + 1) + "/" + folds, listener);
            double[] scores = trained.classifier().seizureProbabilities(test.features(), test.rows());
            boolean[] labels = test.seizureLabels();
            BinaryMetrics firstOnly = null;
            if (trained.classifier().dual()) {
                firstOnly = BinaryMetrics.of(trained.classifier().firstNetworksOnly().seizureProbabilities(
                        test.features(), test.rows()), labels, options.threshold());
            }
            for (int i = 0; i < testRows.length; i++) {
                pooledScores[testRows[i]] = scores[i];
            }
            results.add(new FoldResult(k, test.groupCount(), trained,
                    BinaryMetrics.of(scores, labels, trained.threshold()), firstOnly, scores, labels, testRows));
        }
        return new CrossValidationResult(results, BinaryMetrics.pooled(
                results.stream().map(FoldResult::test).toList(), BinaryMetrics.auc(pooledScores, pooledLabels)));
    }
}
