package io.seizmon.modelexport.train;

import java.util.List;

/**
 * A classifier with how it was trained.
 *
 * @param classifier          the classifier (what is exported)
 * @param firstRuns           each member's first-network training, in member order (one for a single classifier)
 * @param secondRuns          each member's second-network training (dual method), in member order; empty otherwise
 * @param trainingRows        rows of the input dataset the networks trained on
 * @param validationRows      rows held back for early stopping (never in a gradient step): the parity check's
 *                            windows; empty when the data had too few groups to hold any back; for a committee
 *                            every row (each held back from the one member early-stopped on it)
 * @param validation          the classifier on the validation rows at {@code threshold}, or null without them; for a
 *                            committee each row scored by the member it was held back from
 * @param validationFirstOnly the first networks alone on the validation rows (dual only), or null
 * @param hardNegatives       non-seizure rows the first member's second network trained on (0 for single networks)
 * @param threshold           the recommended threshold: the given one, or the one chosen on the validation rows
 *                            ({@link ValidationThreshold})
 */
public record TrainedClassifier(SeizureClassifier classifier, List<TrainingRun> firstRuns,
                                List<TrainingRun> secondRuns, int[] trainingRows, int[] validationRows,
                                BinaryMetrics validation, BinaryMetrics validationFirstOnly, int hardNegatives,
                                double threshold) {

    public TrainedClassifier {
        firstRuns = List.copyOf(firstRuns);
        secondRuns = List.copyOf(secondRuns);
    }

    /** The first member's first-network training. */
    public TrainingRun first() {
        return firstRuns.get(0);
    }

    /** The first member's second-network training, or null for single networks. */
    public TrainingRun second() {
        return secondRuns.isEmpty() ? null : secondRuns.get(0);
    }

    /** Wall-clock seconds of every network's training. */
    public double trainingSeconds() {
        return firstRuns.stream().mapToDouble(TrainingRun::seconds).sum()
                + secondRuns.stream().mapToDouble(TrainingRun::seconds).sum();
    }
}
