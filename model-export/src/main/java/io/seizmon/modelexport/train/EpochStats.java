package io.seizmon.modelexport.train;

/**
 * One epoch of one network's training.
 *
 * @param epoch          1-based epoch
 * @param trainLoss      mean class-weighted cross-entropy over the epoch's mini-batches (weights as they changed)
 * @param validationLoss class-weighted cross-entropy of the validation rows after the epoch; NaN without them
 * @param validation     validation sensitivity, specificity and AUC after the epoch; null without validation rows
 */
public record EpochStats(int epoch, double trainLoss, double validationLoss, BinaryMetrics validation) {
}
