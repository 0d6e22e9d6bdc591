package io.seizmon.modelexport.train;

import java.util.List;

/**
 * How to train the classifier.
 *
 * @param hidden             hidden layer sizes, e.g. {@code [250, 125]}; each 1 to {@value #MAX_UNITS}
 * @param maxEpochs          most passes over the training rows, &ge; 1
 * @param patience           early stopping: stop after this many epochs without a lower validation loss, &ge; 1
 * @param batchSize          rows per Adam step, &ge; 1
 * @param learningRate       Adam step size, &gt; 0
 * @param validationFraction share of the training groups held out for early stopping, in (0, 0.5]; the split is
 *                           one of {@code round(1 / fraction)} grouped folds
 * @param seed               fixes initialisation, shuffling and every split
 * @param threshold          probability threshold for the reported sensitivity and specificity, in (0, 1)
 * @param dual               also train the second network on the first one's hard negatives ({@link HardNegatives})
 * @param regularisation     weight decay and dropout
 * @param ensemble           networks (single or dual) trained with different seeds on the same split and averaged,
 *                           1 to {@value #MAX_ENSEMBLE}; 1 is the method's single classifier
 * @param validationSpecificity when a number: the threshold is chosen on each classifier's own validation split
 *                           ({@link ValidationThreshold}) as the most sensitive one whose validation specificity is
 *                           at least this, in (0, 1]; NaN: {@code threshold} is used as given
 * @param committee          with {@code ensemble > 1}: member {@code k} is early-stopped on inner grouped fold
 *                           {@code k} of {@code ensemble} and trained on the others (a cross-validation committee),
 *                           instead of all members sharing one validation split ({@link ClassifierTrainer})
 * @param dualRule           with {@code dual}: how the two networks' probabilities are combined ({@link DualRule})
 */
public record TrainingOptions(List<Integer> hidden, int maxEpochs, int patience, int batchSize, double learningRate,
                              double validationFraction, long seed, double threshold, boolean dual,
                              Regularisation regularisation, int ensemble, double validationSpecificity,
                              boolean committee, DualRule dualRule) {

    public static final List<Integer> DEFAULT_HIDDEN = List.of(250, 125);
    public static final int DEFAULT_MAX_EPOCHS = 200;
    public static final int DEFAULT_PATIENCE = 20;
    public static final int DEFAULT_BATCH_SIZE = 32;
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int MAX_UNITS = 4096;
    public static final int MAX_ENSEMBLE = 32;
    /** The validation specificity {@code --threshold-from-validation} aims at when given no value. */
    public static final double DEFAULT_VALIDATION_SPECIFICITY = 0.995;

    /** The defaults: 250,125 hidden units, 200 epochs, patience 20, batch 32, lr 0.001, 20% validation, no
     * regularisation, threshold 0.5, single network (dual: the method's rule, {@link DualRule#BOTH}). */
    public static final TrainingOptions DEFAULTS = new TrainingOptions(DEFAULT_HIDDEN, DEFAULT_MAX_EPOCHS,
            DEFAULT_PATIENCE, DEFAULT_BATCH_SIZE, DEFAULT_LEARNING_RATE, DEFAULT_VALIDATION_FRACTION, DEFAULT_SEED,
            DEFAULT_THRESHOLD, false, Regularisation.NONE);

    /** Options of one classifier (no ensemble) with a fixed threshold. */
    public TrainingOptions(List<Integer> hidden, int maxEpochs, int patience, int batchSize, double learningRate,
                           double validationFraction, long seed, double threshold, boolean dual,
                           Regularisation regularisation) {
        this(hidden, maxEpochs, patience, batchSize, learningRate, validationFraction, seed, threshold, dual,
                regularisation, 1, Double.NaN, false, DualRule.BOTH);
    }

    public TrainingOptions {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1 || h > MAX_UNITS)) {
            throw new IllegalArgumentException("hidden: " + hidden + " (expected: one or more sizes, 1 to "
                    + MAX_UNITS + ")");
        }
        requireAtLeastOne("maxEpochs", maxEpochs);
        requireAtLeastOne("patience", patience);
        requireAtLeastOne("batchSize", batchSize);
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learningRate: " + learningRate + " (expected: > 0 and < 1)");
        }
        if (!(validationFraction > 0 && validationFraction <= 0.5)) {
            throw new IllegalArgumentException("validationFraction: " + validationFraction
                    + " (expected: > 0 and <= 0.5)");
        }
        java.util.Objects.requireNonNull(regularisation, "regularisation");
        java.util.Objects.requireNonNull(dualRule, "dualRule");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold: " + threshold + " (expected: > 0 and < 1)");
        }
        if (ensemble < 1 || ensemble > MAX_ENSEMBLE) {
            throw new IllegalArgumentException("ensemble: " + ensemble + " (expected: 1 to " + MAX_ENSEMBLE + ")");
        }
        if (committee && ensemble < 2) {
            throw new IllegalArgumentException("committee: " + ensemble + " member (expected: 2 or more)");
        }
        if (!Double.isNaN(validationSpecificity) && !(validationSpecificity > 0 && validationSpecificity <= 1)) {
            throw new IllegalArgumentException("validationSpecificity: " + validationSpecificity
                    + " (expected: > 0 and <= 1, or NaN for the fixed threshold)");
        }
    }

    /** True when the threshold is chosen on the validation split ({@link #validationSpecificity()} is set). */
    public boolean thresholdFromValidation() {
        return !Double.isNaN(validationSpecificity);
    }

    /** The number of grouped folds whose first is the validation split. */
    public int validationFolds() {
        return (int) Math.round(1 / validationFraction);
    }

    /** A copy with another seed. */
    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(hidden, maxEpochs, patience, batchSize, learningRate, validationFraction, newSeed,
                threshold, dual, regularisation, ensemble, validationSpecificity, committee, dualRule);
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: >= 1)");
        }
    }
}
