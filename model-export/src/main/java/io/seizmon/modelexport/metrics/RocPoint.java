package io.seizmon.modelexport.metrics;

import java.util.Objects;

/**
 * One operating point of a {@link Roc}: the windows whose score is &ge; {@code threshold} are predicted positive.
 *
 * @param threshold the score threshold; {@code +Infinity} for the point that predicts nothing positive
 * @param confusion the counts at that threshold
 */
public record RocPoint(double threshold, ConfusionMatrix confusion) {

    public RocPoint {
        Objects.requireNonNull(confusion, "confusion");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold: NaN (expected: a number or +Infinity)");
        }
    }

    /** Sensitivity at this threshold: the y coordinate of the ROC curve. */
    public double truePositiveRate() {
        return confusion.sensitivity();
    }

    /** 1 − specificity at this threshold: the x coordinate of the ROC curve. */
    public double falsePositiveRate() {
        return 1 - confusion.specificity();
    }
}
