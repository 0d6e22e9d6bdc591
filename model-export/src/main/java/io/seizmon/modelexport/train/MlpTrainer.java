package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains one {@link Mlp} with Adam on class-weighted cross-entropy, in shuffled mini-batches, with early stopping
 * on a validation set.
 *
 * <p>Class weights balance the classes of the training rows: {@code w[c] = n / (2 · n_c)}, so both classes weigh
 * the same in the loss whatever the imbalance. The validation loss uses the same weights. After each epoch the
 * network is scored on the validation rows; the parameters of the epoch with the lowest validation loss are kept,
 * and training stops after {@code patience} epochs without improvement (or at {@code maxEpochs}).
 *
 * <p>Deterministic: {@code random} initialises the network and then shuffles each epoch; computation is
 * single-threaded ({@link MlpPass}). Not thread-safe.
 */
public final class MlpTrainer {

    private final TrainingOptions options;

    public MlpTrainer(TrainingOptions options) {
        this.options = options;
    }

    /**
     * Trains a network on standardised inputs.
     *
     * @param train      standardised training rows, row-major, {@code inputs} columns
     * @param trainY     class per training row (0 non-seizure, 1 seizure); both classes must occur
     * @param validation standardised validation rows (may be empty: no early stopping then)
     * @param gainDirection per input, the change of the standardised input for a unit change of every raw log10
     *                      feature ({@code 1 / scale}, 0 for constant features); used by the gain augmentation
     * @param random     source of the initial weights, the shuffles, the augmentation and the dropout masks
     * @throws IllegalArgumentException naming the missing class when the training rows hold one class only
     */
    public TrainingRun train(double[] train, int[] trainY, double[] validation, int[] validationY, int inputs,
                             double[] gainDirection, Random random, String stage, EpochListener listener) {
        long start = System.nanoTime();
        double[] classWeights = classWeights(trainY);
        MlpShape shape = MlpShape.of(inputs, options.hidden(), 2);
        Mlp net = Mlp.initialised(shape, random);
        Mlp best = net.copy();
        int bestEpoch = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        AdamOptimizer adam = new AdamOptimizer(shape.parameterCount(), options.learningRate());
        MlpPass pass = new MlpPass(shape, options.batchSize());
        Regularisation r = options.regularisation();
        pass.regularise(r.inputDropout(), r.hiddenDropout(), r.gainLog10(), gainDirection, random);
        double[] gradient = new double[shape.parameterCount()];
        int[] order = java.util.stream.IntStream.range(0, trainY.length).toArray();
        List<EpochStats> history = new ArrayList<>();
        for (int epoch = 1; epoch <= options.maxEpochs(); epoch++) {
            shuffle(order, random);
            double lossSum = 0;
            for (int from = 0; from < order.length; from += options.batchSize()) {
                int count = Math.min(options.batchSize(), order.length - from);
                lossSum += count * pass.lossAndGradient(net, train, trainY, classWeights, order, from, count,
                        gradient);
                addWeightDecay(net, gradient);
                adam.step(net.parameters(), gradient);
            }
            EpochStats stats = evaluate(epoch, lossSum / order.length, net, validation, validationY, classWeights,
                    pass);
            history.add(stats);
            listener.onEpoch(stage, stats);
            if (validationY.length == 0 || stats.validationLoss() < bestLoss) {
                bestLoss = stats.validationLoss();
                bestEpoch = epoch;
                best.copyFrom(net);
            } else if (epoch - bestEpoch >= options.patience()) {
                break;
            }
        }
        return new TrainingRun(best, history, bestEpoch, (System.nanoTime() - start) / 1e9);
    }

    /** Seizure probability of each of {@code rows} standardised rows. */
    public static double[] seizureProbabilities(Mlp net, double[] x, int rows, MlpPass pass) {
        double[] p = new double[rows];
        for (int from = 0; from < rows; from += pass.maxBatch()) {
            int count = Math.min(pass.maxBatch(), rows - from);
            pass.forward(net, x, null, from, count);
            for (int b = 0; b < count; b++) {
                p[from + b] = pass.probability(b, 1);
            }
        }
        return p;
    }

    /** Adds the gradient {@code λ·W} of the L2 penalty {@code (λ/2)·Σ W²} (weights only, not biases). */
    private void addWeightDecay(Mlp net, double[] gradient) {
        double lambda = options.regularisation().weightDecay();
        if (lambda == 0) {
            return;
        }
        double[] p = net.parameters();
        MlpShape shape = net.shape();
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int k = shape.weightOffset(l); k < shape.biasOffset(l); k++) {
                gradient[k] += lambda * p[k];
            }
        }
    }

    /** Balanced class weights {@code n / (2 · n_c)}. */
    static double[] classWeights(int[] y) {
        int seizures = 0;
        for (int label : y) {
            seizures += label;
        }
        int others = y.length - seizures;
        if (seizures == 0 || others == 0) {
            throw new IllegalArgumentException("training rows: " + seizures + " seizure, " + others
                    + " non-seizure (expected: both classes)");
        }
        return new double[] {y.length / (2.0 * others), y.length / (2.0 * seizures)};
    }

    private EpochStats evaluate(int epoch, double trainLoss, Mlp net, double[] x, int[] y, double[] classWeights,
                                MlpPass pass) {
        if (y.length == 0) {
            return new EpochStats(epoch, trainLoss, Double.NaN, null);
        }
        double[] p = seizureProbabilities(net, x, y.length, pass);
        double loss = 0;
        boolean[] seizure = new boolean[y.length];
        for (int r = 0; r < y.length; r++) {
            seizure[r] = y[r] == 1;
            double py = y[r] == 1 ? p[r] : 1 - p[r];
            loss -= classWeights[y[r]] * StrictMath.log(Math.max(py, Double.MIN_NORMAL));
        }
        return new EpochStats(epoch, trainLoss, loss / y.length, BinaryMetrics.of(p, seizure, options.threshold()));
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
