package io.seizmon.modelexport.train;

/**
 * A classifier with how it was trained.
 *
 * @param classifier          the classifier (what is exported)
 * @param first               the first network's training
 * @param second              the second network's training (dual method), or null
 * @param trainingRows        rows of the input dataset the networks trained on
 * @param validationRows      rows held back for early stopping (never in a gradient step): the parity check's
 *                            windows; empty when the data had too few groups to hold any back
 * @param validation          the classifier on the validation rows, or null without them
 * @param validationFirstOnly the first network alone on the validation rows (dual only), or null
 * @param hardNegatives       non-seizure rows the second network trained on (0 for a single network)
 */
public record TrainedClassifier(SeizureClassifier classifier, TrainingRun first, TrainingRun second,
                                int[] trainingRows, int[] validationRows, BinaryMetrics validation,
                                BinaryMetrics validationFirstOnly, int hardNegatives) {
}
