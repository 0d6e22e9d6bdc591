package io.seizmon.modelexport.metrics;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

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
 * <p>Building costs two primitive sorts, O(n log n); the sweep is kept as three primitive arrays and
 * {@link #points()} is a view over them. Immutable and thread-safe; the input arrays are not kept.
 */
public final class Roc {

    private final double[] thresholds;
    private final long[] truePositives;
    private final long[] falsePositives;
    private final long positives;
    private final long negatives;
    private final double auc;

    private Roc(double[] thresholds, long[] truePositives, long[] falsePositives, long positives, long negatives,
                double auc) {
        this.thresholds = thresholds;
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
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
        int p = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "]: NaN (expected: a number)");
            }
            p += labels[i] ? 1 : 0;
        }
        double[] pos = new double[p];
        double[] neg = new double[scores.length - p];
        for (int i = 0, a = 0, b = 0; i < scores.length; i++) {
            if (labels[i]) {
                pos[a++] = scores[i];
            } else {
                neg[b++] = scores[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        return sweep(pos, neg);
    }

    /** Walks both ascending arrays from the top, one point per distinct score, summing Mann–Whitney wins. */
    private static Roc sweep(double[] pos, double[] neg) {
        int n = pos.length + neg.length;
        double[] thresholds = new double[n + 1];
        long[] tp = new long[n + 1];
        long[] fp = new long[n + 1];
        thresholds[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        int i = pos.length - 1;
        int j = neg.length - 1;
        double wins = 0;
        while (i >= 0 || j >= 0) {
            double t = Math.max(i >= 0 ? pos[i] : Double.NEGATIVE_INFINITY, j >= 0 ? neg[j] : Double.NEGATIVE_INFINITY);
            long tiedPositives = 0;
            long tiedNegatives = 0;
            for (; i >= 0 && pos[i] == t; i--) {
                tiedPositives++;
            }
            for (; j >= 0 && neg[j] == t; j--) {
                tiedNegatives++;
            }
            thresholds[points] = t;
            tp[points] = tp[points - 1] + tiedPositives;
            fp[points] = fp[points - 1] + tiedNegatives;
            // tied positives beat every negative scoring below t (j + 1 of them) and half of the tied negatives
            wins += tiedPositives * (j + 1 + tiedNegatives / 2.0);
            points++;
        }
        double auc = pos.length == 0 || neg.length == 0 ? Double.NaN
                : wins / ((double) pos.length * neg.length);
        return new Roc(Arrays.copyOf(thresholds, points), Arrays.copyOf(tp, points), Arrays.copyOf(fp, points),
                pos.length, neg.length, auc);
    }

    /** The threshold sweep, descending thresholds, from (0, 0) to (1, 1). An unmodifiable view. */
    public List<RocPoint> points() {
        return new PointList();
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
        // thresholds descend from +Infinity: find the last one that is >= the given threshold
        int lo = 0;
        int hi = thresholds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (thresholds[mid] >= threshold) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return confusion(lo);
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
        int best = 0;
        for (int k = 0; k < thresholds.length; k++) {
            if (confusion(k).specificity() >= targetSpecificity) {
                best = k;
            }
        }
        return new RocPoint(thresholds[best], confusion(best));
    }

    private ConfusionMatrix confusion(int k) {
        return new ConfusionMatrix(truePositives[k], falsePositives[k], negatives - falsePositives[k],
                positives - truePositives[k]);
    }

    private final class PointList extends AbstractList<RocPoint> implements RandomAccess {

        @Override
        public RocPoint get(int index) {
            return new RocPoint(thresholds[index], confusion(index));
        }

        @Override
        public int size() {
            return thresholds.length;
        }
    }
}
