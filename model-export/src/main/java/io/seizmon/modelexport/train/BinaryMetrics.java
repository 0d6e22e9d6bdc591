package io.seizmon.modelexport.train;

/**
 * Per-window classification results at one threshold, and the threshold-free AUC.
 *
 * <p>A window is called seizure when its probability is &ge; the threshold (as in
 * {@link io.seizmon.core.detect.DetectionSpec}). {@code sensitivity = TP / P}, {@code specificity = TN / N}; NaN
 * when the class is absent. The AUC is the Mann–Whitney statistic: the probability that a random seizure window
 * scores above a random non-seizure window, ties counting one half, computed from mid-ranks in
 * {@code O(n log n)}; NaN when a class is absent.
 *
 * @param positives      seizure windows
 * @param negatives      non-seizure windows
 * @param truePositives  seizure windows called seizure
 * @param trueNegatives  non-seizure windows called non-seizure
 * @param threshold      the threshold used; NaN for {@link #pooled} counts of folds with different thresholds
 * @param auc            area under the ROC curve
 */
public record BinaryMetrics(int positives, int negatives, int truePositives, int trueNegatives, double threshold,
                            double auc) {

    /** Scores {@code probabilities[r]} against {@code seizure[r]}. */
    public static BinaryMetrics of(double[] probabilities, boolean[] seizure, double threshold) {
        if (probabilities.length != seizure.length) {
            throw new IllegalArgumentException("probabilities/seizure: lengths " + probabilities.length + "/"
                    + seizure.length + " (expected: equal)");
        }
        int p = 0;
        int tp = 0;
        int tn = 0;
        for (int r = 0; r < seizure.length; r++) {
            boolean called = probabilities[r] >= threshold;
            p += seizure[r] ? 1 : 0;
            tp += seizure[r] && called ? 1 : 0;
            tn += !seizure[r] && !called ? 1 : 0;
        }
        return new BinaryMetrics(p, seizure.length - p, tp, tn, threshold, auc(probabilities, seizure));
    }

    /**
     * The sum of {@code parts} (disjoint sets of windows, each called at its own threshold) with the AUC of all their
     * scores together; the threshold is the parts' common one, or NaN when they differ.
     *
     * @throws IllegalArgumentException when there are no parts
     */
    public static BinaryMetrics pooled(java.util.List<BinaryMetrics> parts, double auc) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts: none (expected: at least one)");
        }
        int p = 0;
        int n = 0;
        int tp = 0;
        int tn = 0;
        double threshold = parts.get(0).threshold();
        for (BinaryMetrics m : parts) {
            p += m.positives();
            n += m.negatives();
            tp += m.truePositives();
            tn += m.trueNegatives();
            threshold = Double.compare(threshold, m.threshold()) == 0 ? threshold : Double.NaN;
        }
        return new BinaryMetrics(p, n, tp, tn, threshold, auc);
    }

    /** Seizure windows called seizure, as a fraction of seizure windows. */
    public double sensitivity() {
        return positives == 0 ? Double.NaN : (double) truePositives / positives;
    }

    /** Non-seizure windows called non-seizure, as a fraction of non-seizure windows. */
    public double specificity() {
        return negatives == 0 ? Double.NaN : (double) trueNegatives / negatives;
    }

    /** Non-seizure windows called seizure. */
    public int falsePositives() {
        return negatives - trueNegatives;
    }

    /** Seizure windows called non-seizure. */
    public int falseNegatives() {
        return positives - truePositives;
    }

    /** The rank-based AUC (see the class comment). */
    public static double auc(double[] scores, boolean[] seizure) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (seizure[order[k]]) {
                    positiveRankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
