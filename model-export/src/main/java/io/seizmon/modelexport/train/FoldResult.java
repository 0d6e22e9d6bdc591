package io.seizmon.modelexport.train;

/**
 * One fold of cross-validation: the classifier trained on the other folds, scored on this one.
 *
 * @param fold          0-based fold
 * @param testGroups    groups in this fold
 * @param trained       the classifier trained on the other folds, with its training history
 * @param test          the classifier on this fold's windows
 * @param testFirstOnly the first network alone on this fold's windows (dual method), or null
 * @param testScores    the classifier's seizure probability per test window, in row order
 * @param testSeizure   the label per test window
 * @param testRows      the row of the cross-validated dataset of each test window (for its group name)
 */
public record FoldResult(int fold, int testGroups, TrainedClassifier trained, BinaryMetrics test,
                         BinaryMetrics testFirstOnly, double[] testScores, boolean[] testSeizure, int[] testRows) {
}
