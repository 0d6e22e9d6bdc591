package io.seizmon.modelexport.train;

import java.util.Random;

/**
 * Trains one member of a {@link SeizureClassifier} on a {@link StandardisedSplit}: the first network with early
 * stopping and, for the dual method, the second network on {@link HardNegatives} of the first, chosen separately
 * among training and validation rows. One {@code Random} draws the first network's initialisation, shuffles,
 * dropout and augmentation, then the second's.
 */
final class MemberTrainer {

    private static final int SCORE_CHUNK = 256;

    /** A trained member with its training runs ({@code second} null for a single network). */
    record Trained(SeizureClassifier.Member member, TrainingRun first, TrainingRun second, int hardNegatives) {
    }

    private final TrainingOptions options;

    MemberTrainer(TrainingOptions options) {
        this.options = options;
    }

    Trained train(StandardisedSplit split, Random random, String stage, EpochListener listener) {
        MlpTrainer trainer = new MlpTrainer(options);
        double[] gain = split.standardisation().gainDirection();
        TrainingRun first = trainer.train(split.xt(), split.yt(), split.xv(), split.yv(), split.bins(), gain, random,
                stage + " first", listener);
        if (!options.dual()) {
            return new Trained(new SeizureClassifier.Member(first.network(), null), first, null, 0);
        }
        MlpPass pass = new MlpPass(first.network().shape(), SCORE_CHUNK);
        int[] st = HardNegatives.select(MlpTrainer.seizureProbabilities(first.network(), split.xt(),
                split.yt().length, pass), split.yt(), options.threshold());
        int[] sv = HardNegatives.select(MlpTrainer.seizureProbabilities(first.network(), split.xv(),
                split.yv().length, pass), split.yv(), options.threshold());
        TrainingRun second = trainer.train(pick(split.xt(), st, split.bins()), pick(split.yt(), st),
                pick(split.xv(), sv, split.bins()), pick(split.yv(), sv), split.bins(), gain, random,
                stage + " second", listener);
        SeizureClassifier.Member member = new SeizureClassifier.Member(first.network(), second.network(),
                options.dualRule());
        return new Trained(member, first, second, HardNegatives.negativeCount(st, split.yt()));
    }

    private static double[] pick(double[] x, int[] rows, int columns) {
        double[] out = new double[rows.length * columns];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(x, rows[k] * columns, out, k * columns, columns);
        }
        return out;
    }

    private static int[] pick(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = y[rows[k]];
        }
        return out;
    }
}
