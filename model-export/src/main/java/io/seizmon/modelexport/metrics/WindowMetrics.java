package io.seizmon.modelexport.metrics;

import java.util.Objects;

/**
 * Per-window evaluation: the confusion matrix at one threshold and the threshold-free ROC.
 *
 * <p>Call it with a model's seizure probabilities and the windows' labels, in any order (pairs matter, not order).
 * A window is predicted positive when its score is &ge; {@code threshold}, as in eeg-core's detection policy.
 * Immutable and thread-safe.
 *
 * @param threshold the decision threshold used for {@code confusion}
 * @param confusion the counts at {@code threshold}
 * @param roc       the full threshold sweep and AUC
 */
public record WindowMetrics(double threshold, ConfusionMatrix confusion, Roc roc) {

    public WindowMetrics {
        Objects.requireNonNull(confusion, "confusion");
        Objects.requireNonNull(roc, "roc");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold: NaN (expected: a number)");
        }
    }

    /**
     * Evaluates {@code scores[i]} against {@code labels[i]} at {@code threshold}.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
     */
    public static WindowMetrics of(double[] scores, boolean[] labels, double threshold) {
        Roc roc = Roc.of(scores, labels);
        return new WindowMetrics(threshold, ConfusionMatrix.of(scores, labels, threshold), roc);
    }

    /** As {@link #of(double[], boolean[], double)}, for float scores (ONNX Runtime's output type). */
    public static WindowMetrics of(float[] scores, boolean[] labels, double threshold) {
        double[] widened = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            widened[i] = scores[i];
        }
        return of(widened, labels, threshold);
    }

    /** Sensitivity at the threshold (NaN without seizure windows). */
    public double sensitivity() {
        return confusion.sensitivity();
    }

    /** Specificity at the threshold (NaN without non-seizure windows). */
    public double specificity() {
        return confusion.specificity();
    }

    /** Area under the ROC curve (NaN when one class is absent). */
    public double auc() {
        return roc.auc();
    }
}
