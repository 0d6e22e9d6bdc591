package io.seizmon.modelexport.train;

import java.util.Arrays;
import java.util.Random;

/**
 * Forward and backward passes of an {@link Mlp} over a mini-batch, in double precision, with buffers for up to
 * {@code maxBatch} rows allocated once: a pass allocates nothing.
 *
 * <p>Input: a row-major matrix {@code x} ({@code x[r * inputs + k]}) and the rows to use, {@code rows[from ..
 * from + count)} (or, with {@code rows == null}, rows {@code from .. from + count - 1}). Hidden layers are ReLU,
 * the output a softmax. The loss of a batch is the class-weighted cross-entropy averaged over its rows,
 * {@code L = (1/B) Σ_b w[y_b] · (−log p_b[y_b])}, computed from the logits as {@code logsumexp(z_b) − z_b[y_b]}.
 *
 * <p>Training only ({@link #regularise}; {@link #forward} never does either): amplitude-gain augmentation adds
 * {@code δ · direction[k]} to input {@code k} of each row, {@code δ} uniform in {@code [−gain, gain)} per row and
 * pass; then inverted dropout keeps each input unit with probability {@code 1 − inputRate} and each hidden unit with
 * {@code 1 − hiddenRate}, a kept unit scaled by {@code 1 / keep}. Every draw comes from the given {@link Random}, in
 * row, then unit order.
 *
 * <p>Results are bit-for-bit reproducible: one thread, a fixed summation order, {@link StrictMath} for exp and
 * log, masks from a seeded generator. Not thread-safe: one pass object belongs to one thread.
 */
public final class MlpPass {

    private final MlpShape shape;
    private final int maxBatch;
    private final double[][] activations;
    private final double[][] deltas;
    private final double[] logits;
    private final double[][] masks;
    private int batch;
    private double inputRate;
    private double hiddenRate;
    private double gain;
    private double[] gainDirection;
    private Random random;

    /** Allocates the buffers for {@code maxBatch} rows of {@code shape}. */
    public MlpPass(MlpShape shape, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch: " + maxBatch + " (expected: >= 1)");
        }
        this.shape = shape;
        this.maxBatch = maxBatch;
        int layers = shape.layerCount();
        this.activations = new double[layers + 1][];
        this.deltas = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            activations[l] = new double[maxBatch * shape.size(l)];
            deltas[l] = new double[maxBatch * shape.size(l)];
        }
        this.logits = new double[maxBatch * shape.outputs()];
        this.masks = new double[layers][];
        for (int l = 0; l < layers; l++) {
            masks[l] = new double[maxBatch * shape.size(l)];
        }
    }

    /**
     * Enables augmentation and dropout in {@link #lossAndGradient} (zero amplitude and rates disable them).
     *
     * @param inputRate     probability of dropping an input unit, in [0, 1)
     * @param hiddenRate    probability of dropping a hidden unit, in [0, 1)
     * @param gain          amplitude of the per-row input offset, &ge; 0
     * @param gainDirection per input, what a unit offset adds (length {@code inputs}); null when {@code gain} is 0
     * @param random        draws offsets and masks
     */
    public void regularise(double inputRate, double hiddenRate, double gain, double[] gainDirection, Random random) {
        if (!(inputRate >= 0 && inputRate < 1 && hiddenRate >= 0 && hiddenRate < 1 && gain >= 0)) {
            throw new IllegalArgumentException("dropout/gain: " + inputRate + "/" + hiddenRate + "/" + gain
                    + " (expected: input and hidden rates in [0, 1), gain >= 0)");
        }
        if (gain > 0 && (gainDirection == null || gainDirection.length != shape.inputs())) {
            throw new IllegalArgumentException("gainDirection: " + (gainDirection == null ? "null"
                    : "length " + gainDirection.length) + " (expected: " + shape.inputs() + " values)");
        }
        this.inputRate = inputRate;
        this.hiddenRate = hiddenRate;
        this.gain = gain;
        this.gainDirection = gainDirection;
        this.random = random;
    }

    /** The largest batch. */
    public int maxBatch() {
        return maxBatch;
    }

    /** Runs the forward pass; afterwards {@link #probability} reads the softmax outputs of batch row {@code b}. */
    public void forward(Mlp net, double[] x, int[] rows, int from, int count) {
        forward(net, x, rows, from, count, false);
    }

    private void forward(Mlp net, double[] x, int[] rows, int from, int count, boolean training) {
        if (count < 1 || count > maxBatch) {
            throw new IllegalArgumentException("count: " + count + " (expected: 1 to " + maxBatch + ")");
        }
        batch = count;
        int inputs = shape.inputs();
        for (int b = 0; b < count; b++) {
            int r = rows == null ? from + b : rows[from + b];
            System.arraycopy(x, r * inputs, activations[0], b * inputs, inputs);
            if (training && gain > 0) {
                double delta = (2 * random.nextDouble() - 1) * gain;
                for (int k = 0; k < inputs; k++) {
                    activations[0][b * inputs + k] += delta * gainDirection[k];
                }
            }
        }
        double[] p = net.parameters();
        int last = shape.layerCount() - 1;
        for (int l = 0; l <= last; l++) {
            if (training) {
                drop(l, l == 0 ? inputRate : hiddenRate);
            }
            affine(p, l, activations[l], l == last ? logits : activations[l + 1], l < last);
        }
        softmax();
    }

    /** The probability of class {@code c} for batch row {@code b} of the last forward pass. */
    public double probability(int b, int c) {
        return activations[shape.layerCount()][b * shape.outputs() + c];
    }

    /**
     * Runs forward and backward; writes the gradient of the batch loss (the weighted mean) to {@code gradient}
     * (overwritten, laid out as the parameters).
     *
     * @param labels       class index per row of {@code x}
     * @param classWeights weight per class
     * @return the batch loss {@code L}
     */
    public double lossAndGradient(Mlp net, double[] x, int[] labels, double[] classWeights, int[] rows, int from,
                                  int count, double[] gradient) {
        forward(net, x, rows, from, count, true);
        int outputs = shape.outputs();
        double[] top = deltas[shape.layerCount()];
        double[] probabilities = activations[shape.layerCount()];
        double loss = 0;
        for (int b = 0; b < count; b++) {
            int y = labels[rows == null ? from + b : rows[from + b]];
            double w = classWeights[y];
            loss += w * (logSumExp(b) - logits[b * outputs + y]);
            for (int c = 0; c < outputs; c++) {
                double target = c == y ? 1 : 0;
                top[b * outputs + c] = w * (probabilities[b * outputs + c] - target) / count;
            }
        }
        Arrays.fill(gradient, 0);
        for (int l = shape.layerCount() - 1; l >= 0; l--) {
            backward(net.parameters(), l, gradient);
        }
        return loss / count;
    }

    /** {@code dst = act(src · W_l + b_l)} for every batch row; skips zero inputs (exact: 0 · w adds nothing). */
    private void affine(double[] p, int l, double[] src, double[] dst, boolean relu) {
        int a = shape.size(l);
        int n = shape.size(l + 1);
        int w0 = shape.weightOffset(l);
        int b0 = shape.biasOffset(l);
        for (int b = 0; b < batch; b++) {
            int out = b * n;
            System.arraycopy(p, b0, dst, out, n);
            for (int i = 0; i < a; i++) {
                double v = src[b * a + i];
                if (v != 0) {
                    int w = w0 + i * n;
                    for (int j = 0; j < n; j++) {
                        dst[out + j] += v * p[w + j];
                    }
                }
            }
            if (relu) {
                for (int j = out; j < out + n; j++) {
                    dst[j] = Math.max(dst[j], 0);
                }
            }
        }
    }

    /** Accumulates layer {@code l}'s gradient from {@code deltas[l + 1]} and, below the top, fills deltas[l]. */
    private void backward(double[] p, int l, double[] gradient) {
        int a = shape.size(l);
        int n = shape.size(l + 1);
        int w0 = shape.weightOffset(l);
        int b0 = shape.biasOffset(l);
        double[] src = activations[l];
        double[] d = deltas[l + 1];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < a; i++) {
                double v = src[b * a + i];
                if (v != 0) {
                    int g = w0 + i * n;
                    for (int j = 0; j < n; j++) {
                        gradient[g + j] += v * d[b * n + j];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                gradient[b0 + j] += d[b * n + j];
            }
        }
        if (l == 0) {
            return;
        }
        double[] below = deltas[l];
        double[] mask = masks[l];
        boolean dropped = hiddenRate > 0;
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < a; i++) {
                double s = 0;
                if (src[b * a + i] > 0) {
                    int w = w0 + i * n;
                    for (int j = 0; j < n; j++) {
                        s += p[w + j] * d[b * n + j];
                    }
                    if (dropped) {
                        s *= mask[b * a + i];
                    }
                }
                below[b * a + i] = s;
            }
        }
    }

    /** Applies a fresh dropout mask at {@code rate} to the activations of layer {@code l} (the input when 0). */
    private void drop(int l, double rate) {
        if (rate == 0) {
            return;
        }
        double keep = 1 - rate;
        double[] act = activations[l];
        double[] mask = masks[l];
        for (int k = 0; k < batch * shape.size(l); k++) {
            mask[k] = random.nextDouble() < keep ? 1 / keep : 0;
            act[k] *= mask[k];
        }
    }

    private void softmax() {
        int outputs = shape.outputs();
        double[] out = activations[shape.layerCount()];
        for (int b = 0; b < batch; b++) {
            double lse = logSumExp(b);
            for (int c = 0; c < outputs; c++) {
                out[b * outputs + c] = StrictMath.exp(logits[b * outputs + c] - lse);
            }
        }
    }

    private double logSumExp(int b) {
        int outputs = shape.outputs();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < outputs; c++) {
            max = Math.max(max, logits[b * outputs + c]);
        }
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
            sum += StrictMath.exp(logits[b * outputs + c] - max);
        }
        return max + StrictMath.log(sum);
    }
}
