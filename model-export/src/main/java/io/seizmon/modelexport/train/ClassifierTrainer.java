package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SeizureClassifier} on a dataset: holds back a grouped validation split, fits the standardisation
 * on the remaining training rows, then trains each member: the first network with early stopping and, for the dual
 * method, the second network on {@link HardNegatives} of the first (chosen separately among training and
 * validation rows). With {@link TrainingOptions#thresholdFromValidation()} the recommended threshold is chosen on
 * the validation rows ({@link ValidationThreshold}); otherwise it is {@link TrainingOptions#threshold()}.
 *
 * <p>Deterministic for a seed: the split uses {@link GroupedFolds} with the seed; member {@code m} draws its
 * initialisation and shuffles from one {@code Random} seeded {@link #memberSeed(long, int)} (member 0: the seed
 * itself), first network, then second. Every member shares the split and the standardisation, so the validation
 * rows are held back from all of them.
 */
public final class ClassifierTrainer {

    private static final int SCORE_CHUNK = 256;
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
     * @throws IllegalArgumentException when the training rows hold one class only, or the threshold is to be
     *                                  chosen on validation rows that lack a class
     */
    public TrainedClassifier train(WindowDataset data, long seed, String stage, EpochListener listener) {
        int folds = Math.min(options.validationFolds(), data.groupCount());
        int[] trainingRows = java.util.stream.IntStream.range(0, data.rows()).toArray();
        int[] validationRows = new int[0];
        if (folds >= 2) {
            int[] fold = GroupedFolds.assign(data, folds, seed);
            trainingRows = GroupedFolds.rows(fold, 0, true);
            validationRows = GroupedFolds.rows(fold, 0, false);
        }
        WindowDataset validation = data.subset(validationRows);
        Split split = Split.of(data.subset(trainingRows), validation);
        List<SeizureClassifier.Member> members = new ArrayList<>();
        List<TrainingRun> firstRuns = new ArrayList<>();
        List<TrainingRun> secondRuns = new ArrayList<>();
        int hardNegatives = 0;
        for (int m = 0; m < options.ensemble(); m++) {
            String name = options.ensemble() == 1 ? stage : stage + " member " + (m + 1) + "/" + options.ensemble();
            Random random = new Random(memberSeed(seed, m));
            TrainingRun first = trainFirst(split, random, name, listener);
            TrainingRun second = null;
            firstRuns.add(first);
            if (options.dual()) {
                int[][] rows = hardNegativeRows(split, first.network());
                hardNegatives = m == 0 ? HardNegatives.negativeCount(rows[0], split.yt()) : hardNegatives;
                second = new MlpTrainer(options).train(pick(split.xt(), rows[0], split.bins()), pick(split.yt(),
                        rows[0]), pick(split.xv(), rows[1], split.bins()), pick(split.yv(), rows[1]), split.bins(),
                        split.standardisation().gainDirection(), random, name + " second", listener);
                secondRuns.add(second);
            }
            members.add(new SeizureClassifier.Member(first.network(), second == null ? null : second.network()));
        }
        SeizureClassifier classifier = new SeizureClassifier(split.standardisation(), members);
        return validated(classifier, validation, firstRuns, secondRuns, trainingRows, validationRows, hardNegatives);
    }

    private TrainingRun trainFirst(Split split, Random random, String name, EpochListener listener) {
        return new MlpTrainer(options).train(split.xt(), split.yt(), split.xv(), split.yv(), split.bins(),
                split.standardisation().gainDirection(), random, name + " first", listener);
    }

    /** The second network's training rows ({@code [0]}) and validation rows ({@code [1]}). */
    private int[][] hardNegativeRows(Split split, Mlp first) {
        MlpPass pass = new MlpPass(first.shape(), SCORE_CHUNK);
        return new int[][] {
            HardNegatives.select(MlpTrainer.seizureProbabilities(first, split.xt(), split.yt().length, pass),
                    split.yt(), options.threshold()),
            HardNegatives.select(MlpTrainer.seizureProbabilities(first, split.xv(), split.yv().length, pass),
                    split.yv(), options.threshold())};
    }

    /** Chooses the threshold (when asked to) and scores the classifier on the validation rows. */
    private TrainedClassifier validated(SeizureClassifier classifier, WindowDataset validation,
                                        List<TrainingRun> firstRuns, List<TrainingRun> secondRuns, int[] trainingRows,
                                        int[] validationRows, int hardNegatives) {
        double threshold = options.threshold();
        BinaryMetrics onValidation = null;
        BinaryMetrics firstOnly = null;
        if (validation.rows() > 0) {
            boolean[] labels = validation.seizureLabels();
            double[] scores = classifier.seizureProbabilities(validation.features(), validation.rows());
            if (options.thresholdFromValidation()) {
                threshold = ValidationThreshold.choose(scores, labels, options.validationSpecificity());
            }
            onValidation = BinaryMetrics.of(scores, labels, threshold);
            if (classifier.dual()) {
                firstOnly = BinaryMetrics.of(classifier.firstNetworksOnly().seizureProbabilities(
                        validation.features(), validation.rows()), labels, options.threshold());
            }
        } else if (options.thresholdFromValidation()) {
            throw new IllegalArgumentException("validation rows: none (expected: some, to choose the threshold on; "
                    + "the data has too few groups for a validation split)");
        }
        return new TrainedClassifier(classifier, firstRuns, secondRuns, trainingRows, validationRows, onValidation,
                firstOnly, hardNegatives, threshold);
    }

    /** The standardised training and validation rows. */
    private record Split(Standardisation standardisation, int bins, double[] xt, int[] yt, double[] xv, int[] yv) {

        static Split of(WindowDataset train, WindowDataset validation) {
            Standardisation s = Standardisation.fit(train);
            return new Split(s, train.bins(), s.apply(train.features(), train.rows()), train.labels(),
                    s.apply(validation.features(), validation.rows()), validation.labels());
        }
    }

    private static double[] pick(double[] x, int[] rows, int columns) {
        double[] out = new double[rows.length * columns];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(x, rows[k] * columns, out, k * columns, columns);
        }
        return out;
    }

    private static int[] pick(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = y[rows[k]];
        }
        return out;
    }
}
