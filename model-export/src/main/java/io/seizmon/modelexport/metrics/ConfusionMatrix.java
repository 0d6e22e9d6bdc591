package io.seizmon.modelexport.metrics;

/**
 * Counts of a binary classification (seizure = positive) and the rates derived from them.
 *
 * <p>Every rate is a ratio of counts; a ratio whose denominator is 0 is {@code NaN}, never 0 or 1: sensitivity
 * without a positive window, specificity without a negative one, precision without a positive prediction, F1 when
 * sensitivity or precision is NaN, accuracy of an empty matrix. F1 is 0 when there are positives and predictions
 * but no true positive. Immutable and thread-safe.
 *
 * @param truePositives  positive windows predicted positive, &ge; 0
 * @param falsePositives negative windows predicted positive, &ge; 0
 * @param trueNegatives  negative windows predicted negative, &ge; 0
 * @param falseNegatives positive windows predicted negative, &ge; 0
 */
public record ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    /** The matrix of no windows. */
    public static final ConfusionMatrix EMPTY = new ConfusionMatrix(0, 0, 0, 0);

    public ConfusionMatrix {
        requireCount("truePositives", truePositives);
        requireCount("falsePositives", falsePositives);
        requireCount("trueNegatives", trueNegatives);
        requireCount("falseNegatives", falseNegatives);
    }

    /**
     * Counts windows: window {@code i} is predicted positive when {@code scores[i] >= threshold}.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
     */
    public static ConfusionMatrix of(double[] scores, boolean[] labels, double threshold) {
        checkLengths(scores.length, labels.length);
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "]: NaN (expected: a number)");
            }
            boolean predicted = scores[i] >= threshold;
            if (labels[i]) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /** Element-wise sum, e.g. to pool recordings. */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        return new ConfusionMatrix(truePositives + other.truePositives, falsePositives + other.falsePositives,
                trueNegatives + other.trueNegatives, falseNegatives + other.falseNegatives);
    }

    /** Positive windows: tp + fn. */
    public long positives() {
        return truePositives + falseNegatives;
    }

    /** Negative windows: tn + fp. */
    public long negatives() {
        return trueNegatives + falsePositives;
    }

    /** All windows. */
    public long total() {
        return positives() + negatives();
    }

    /** tp / (tp + fn), NaN without positive windows. Also called recall or true-positive rate. */
    public double sensitivity() {
        return ratio(truePositives, positives());
    }

    /** tn / (tn + fp), NaN without negative windows. */
    public double specificity() {
        return ratio(trueNegatives, negatives());
    }

    /** tp / (tp + fp), NaN when nothing was predicted positive. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** 2 · precision · sensitivity / (precision + sensitivity); NaN when either is NaN, 0 when both are 0. */
    public double f1() {
        return f1(sensitivity(), precision());
    }

    /** (tp + tn) / total, NaN for an empty matrix. */
    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    static double f1(double sensitivity, double precision) {
        if (Double.isNaN(sensitivity) || Double.isNaN(precision)) {
            return Double.NaN;
        }
        double sum = sensitivity + precision;
        return sum == 0 ? 0 : 2 * sensitivity * precision / sum;
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }

    static void checkLengths(int scores, int labels) {
        if (scores != labels) {
            throw new IllegalArgumentException("labels.length: " + labels + " (expected: scores.length " + scores
                    + ")");
        }
    }

    private static void requireCount(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: >= 0)");
        }
    }
}
