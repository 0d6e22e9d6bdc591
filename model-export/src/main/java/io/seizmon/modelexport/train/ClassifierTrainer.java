package io.seizmon.modelexport.train;

import java.util.Random;

/**
 * Trains a {@link SeizureClassifier} on a dataset: holds back a grouped validation split, fits the standardisation
 * on the remaining training rows, trains the first network with early stopping and, for the dual method, the
 * second network on {@link HardNegatives} of the first (chosen separately among training and validation rows).
 *
 * <p>Deterministic for a seed: the split uses {@link GroupedFolds} with the seed, and one {@code Random(seed)}
 * initialises and shuffles the first network, then the second.
 */
public final class ClassifierTrainer {

    private static final int SCORE_CHUNK = 256;

    private final TrainingOptions options;

    public ClassifierTrainer(TrainingOptions options) {
        this.options = options;
    }

    /**
     * Trains on every row of {@code data}.
     *
     * @param stage names the run in progress reports, e.g. {@code fold 2/5}
     * @throws IllegalArgumentException when the training rows hold one class only
     */
    public TrainedClassifier train(WindowDataset data, long seed, String stage, EpochListener listener) {
        int folds = Math.min(options.validationFolds(), data.groupCount());
        int[] all = java.util.stream.IntStream.range(0, data.rows()).toArray();
        int[] trainingRows = all;
        int[] validationRows = new int[0];
        if (folds >= 2) {
            int[] fold = GroupedFolds.assign(data, folds, seed);
            trainingRows = GroupedFolds.rows(fold, 0, true);
            validationRows = GroupedFolds.rows(fold, 0, false);
        }
        WindowDataset train = data.subset(trainingRows);
        WindowDataset validation = data.subset(validationRows);
        Standardisation standardisation = Standardisation.fit(train);
        double[] xt = standardisation.apply(train.features(), train.rows());
        double[] xv = standardisation.apply(validation.features(), validation.rows());
        int[] yt = train.labels();
        int[] yv = validation.labels();
        Random random = new Random(seed);
        MlpTrainer trainer = new MlpTrainer(options);
        double[] gain = standardisation.gainDirection();
        TrainingRun first = trainer.train(xt, yt, xv, yv, data.bins(), gain, random, stage + " first", listener);
        TrainingRun second = null;
        int hardNegatives = 0;
        if (options.dual()) {
            MlpPass pass = new MlpPass(first.network().shape(), SCORE_CHUNK);
            int[] st = HardNegatives.select(MlpTrainer.seizureProbabilities(first.network(), xt, yt.length, pass), yt,
                    options.threshold());
            int[] sv = HardNegatives.select(MlpTrainer.seizureProbabilities(first.network(), xv, yv.length, pass), yv,
                    options.threshold());
            hardNegatives = HardNegatives.negativeCount(st, yt);
            second = trainer.train(pick(xt, st, data.bins()), pick(yt, st), pick(xv, sv, data.bins()), pick(yv, sv),
                    data.bins(), gain, random, stage + " second", listener);
        }
        SeizureClassifier classifier = new SeizureClassifier(standardisation, first.network(),
                second == null ? null : second.network());
        BinaryMetrics onValidation = null;
        BinaryMetrics firstOnly = null;
        if (validation.rows() > 0) {
            boolean[] labels = validation.seizureLabels();
            onValidation = BinaryMetrics.of(classifier.seizureProbabilities(validation.features(), validation.rows()),
                    labels, options.threshold());
            if (second != null) {
                SeizureClassifier alone = new SeizureClassifier(standardisation, first.network(), null);
                firstOnly = BinaryMetrics.of(alone.seizureProbabilities(validation.features(), validation.rows()),
                        labels, options.threshold());
            }
        }
        return new TrainedClassifier(classifier, first, second, trainingRows, validationRows, onValidation, firstOnly,
                hardNegatives);
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
