package io.seizmon.modelexport.train;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The folds of a cross-validation, with their mean and the pooled result.
 *
 * @param folds  every fold, in order
 * @param pooled all folds' test windows scored together (each window scored by the model that did not see it)
 */
public record CrossValidationResult(List<FoldResult> folds, BinaryMetrics pooled) {

    public CrossValidationResult {
        folds = List.copyOf(folds);
    }

    /** Mean per-fold sensitivity (folds without seizure windows left out). */
    public double meanSensitivity() {
        return mean(BinaryMetrics::sensitivity);
    }

    /** Mean per-fold specificity. */
    public double meanSpecificity() {
        return mean(BinaryMetrics::specificity);
    }

    /** Mean per-fold AUC (folds with one class left out). */
    public double meanAuc() {
        return mean(BinaryMetrics::auc);
    }

    private double mean(ToDoubleFunction<BinaryMetrics> metric) {
        return folds.stream().mapToDouble(f -> metric.applyAsDouble(f.test())).filter(v -> !Double.isNaN(v))
                .average().orElse(Double.NaN);
    }
}
