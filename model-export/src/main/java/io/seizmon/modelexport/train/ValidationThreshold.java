package io.seizmon.modelexport.train;

import io.seizmon.modelexport.metrics.Roc;
import io.seizmon.modelexport.metrics.RocPoint;
import java.util.List;

/**
 * Chooses a classifier's recommended threshold on its own validation split (windows that took no gradient step),
 * so that no test window has a say in it.
 *
 * <p>Rule: the most sensitive operating point whose validation specificity is at least {@code targetSpecificity}
 * ({@link Roc#thresholdForSpecificity}); the threshold is placed halfway between the lowest validation score that
 * point calls seizure and the next lower validation score (the window the next point would add), so it does not sit
 * on a validation window. A window is called seizure when its probability is &ge; the threshold.
 *
 * <p>The result is kept in {@code [}{@value #MIN_THRESHOLD}{@code , }{@value #MAX_THRESHOLD}{@code ]}: when even the
 * highest-scoring validation windows break the target (no finite point reaches it) the threshold is
 * {@value #MAX_THRESHOLD}; a midpoint below {@value #MIN_THRESHOLD} is raised to it.
 */
public final class ValidationThreshold {

    /** The lowest threshold chosen. */
    public static final double MIN_THRESHOLD = 1e-6;
    /** The highest threshold chosen. */
    public static final double MAX_THRESHOLD = 1 - 1e-6;

    private ValidationThreshold() {
    }

    /**
     * Returns the threshold for {@code scores} (seizure probabilities of validation windows) against
     * {@code seizure}.
     *
     * @param targetSpecificity the least validation specificity to keep, in (0, 1]
     * @throws IllegalArgumentException when the lengths differ, a score is NaN, the target is out of range, or the
     *                                  validation windows lack a class
     */
    public static double choose(double[] scores, boolean[] seizure, double targetSpecificity) {
        if (!(targetSpecificity > 0 && targetSpecificity <= 1)) {
            throw new IllegalArgumentException("targetSpecificity: " + targetSpecificity + " (expected: > 0 and <= 1)");
        }
        Roc roc = Roc.of(scores, seizure);
        if (roc.positives() == 0 || roc.negatives() == 0) {
            throw new IllegalArgumentException("validation windows: " + roc.positives() + " seizure, "
                    + roc.negatives() + " non-seizure (expected: both classes to choose a threshold)");
        }
        RocPoint chosen = roc.thresholdForSpecificity(targetSpecificity);
        if (chosen.threshold() == Double.POSITIVE_INFINITY) {
            return MAX_THRESHOLD;
        }
        List<RocPoint> points = roc.points();
        int k = indexOf(points, chosen.threshold());
        double below = k + 1 < points.size() ? points.get(k + 1).threshold() : 0;
        return Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, (chosen.threshold() + below) / 2));
    }

    private static int indexOf(List<RocPoint> points, double threshold) {
        for (int k = 0; k < points.size(); k++) {
            if (points.get(k).threshold() == threshold) {
                return k;
            }
        }
        throw new IllegalStateException("threshold " + threshold + " is not a point of its own curve");
    }
}
