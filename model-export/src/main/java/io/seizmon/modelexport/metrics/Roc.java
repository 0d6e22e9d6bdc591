package io.seizmon.modelexport.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The receiver operating characteristic of window scores against boolean labels (seizure = positive).
 *
 * <p>{@link #points()} is the full threshold sweep: one point per distinct score, in descending threshold order,
 * preceded by the point at {@code +Infinity} (nothing positive, (0, 0)) and ending at the lowest score (everything
 * positive, (1, 1)). A window is positive at threshold t when its score is &ge; t, as in eeg-core's
 * {@code DetectionPolicy}. {@link #auc()} is the Mann–Whitney statistic: the probability that a random positive
 * window scores above a random negative one, ties counting 0.5 (equal to the trapezoidal area under
 * {@link #points()}). With only one class present the curve is degenerate and the AUC is NaN.
 *
 * <p>Immutable and thread-safe; the input arrays are copied.
 */
public final class Roc {

    private final List<RocPoint> points;
    private final long positives;
    private final long negatives;
    private final double auc;

    private Roc(List<RocPoint> points, long positives, long negatives, double auc) {
        this.points = points;
        this.positives = positives;
        this.negatives = negatives;
        this.auc = auc;
    }

    /**
     * Builds the curve of {@code scores[i]} against {@code labels[i]}.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
     */
    public static Roc of(double[] scores, boolean[] labels) {
        ConfusionMatrix.checkLengths(scores.length, labels.length);
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "]: NaN (expected: a number)");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        long positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        long negatives = labels.length - positives;
        List<RocPoint> points = sweep(scores, labels, order, positives, negatives);
        return new Roc(List.copyOf(points), positives, negatives, mannWhitney(scores, labels, order, positives,
                negatives));
    }

    private static List<RocPoint> sweep(double[] scores, boolean[] labels, Integer[] order, long positives,
                                        long negatives) {
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, new ConfusionMatrix(0, 0, negatives, positives)));
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (labels[i]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = k + 1 == order.length || scores[order[k + 1]] != scores[i];
            if (lastOfTie) {
                points.add(new RocPoint(scores[i], new ConfusionMatrix(tp, fp, negatives - fp, positives - tp)));
            }
        }
        return points;
    }

    /** U / (P·N), U from the rank sum of the positives with tied scores sharing their average rank. */
    private static double mannWhitney(double[] scores, boolean[] labels, Integer[] descending, long positives,
                                      long negatives) {
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        int n = descending.length;
        double positiveRankSum = 0;
        int k = 0;
        while (k < n) {
            int end = k;
            while (end + 1 < n && scores[descending[end + 1]] == scores[descending[k]]) {
                end++;
            }
            // descending position p has ascending rank n - p; the tie group shares the mean of its ranks
            double averageRank = n - (k + end) / 2.0;
            for (int p = k; p <= end; p++) {
                if (labels[descending[p]]) {
                    positiveRankSum += averageRank;
                }
            }
            k = end + 1;
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }

    /** The threshold sweep, descending thresholds, from (0, 0) to (1, 1). Unmodifiable. */
    public List<RocPoint> points() {
        return points;
    }

    /** Area under the curve (Mann–Whitney, ties 0.5), in [0, 1]; NaN when either class is absent. */
    public double auc() {
        return auc;
    }

    /** Number of positive (seizure) windows. */
    public long positives() {
        return positives;
    }

    /** Number of negative windows. */
    public long negatives() {
        return negatives;
    }

    /** The counts when windows scoring &ge; {@code threshold} are predicted positive. */
    public ConfusionMatrix confusionAt(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold: NaN (expected: a number)");
        }
        // points[0] is +Infinity; find the last point whose threshold is >= the given one
        int lo = 0;
        int hi = points.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (points.get(mid).threshold() >= threshold) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return points.get(lo).confusion();
    }

    /**
     * The most sensitive operating point whose specificity is at least {@code targetSpecificity}: the lowest
     * threshold that keeps the false-positive rate &le; 1 − target. When no finite threshold reaches the target,
     * the point at {@code +Infinity} (nothing positive). Without negative windows every specificity is NaN and
     * the point at {@code +Infinity} is returned.
     *
     * @param targetSpecificity in [0, 1]
     */
    public RocPoint thresholdForSpecificity(double targetSpecificity) {
        if (!(targetSpecificity >= 0 && targetSpecificity <= 1)) {
            throw new IllegalArgumentException("targetSpecificity: " + targetSpecificity + " (expected: 0 to 1)");
        }
        RocPoint best = points.get(0);
        for (RocPoint point : points) {
            if (point.confusion().specificity() >= targetSpecificity) {
                best = point;
            }
        }
        return best;
    }
}
