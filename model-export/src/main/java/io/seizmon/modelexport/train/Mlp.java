package io.seizmon.modelexport.train;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * The parameters of one fully connected ReLU network with a softmax output, laid out as {@link MlpShape} says.
 *
 * <p>{@link #parameters()} is the live array (the optimiser updates it in place); {@link #copy()} snapshots it.
 * Computation lives in {@link MlpPass}. Not thread-safe.
 */
public final class Mlp {

    private final MlpShape shape;
    private final double[] parameters;

    /** Wraps {@code parameters} (not copied). */
    public Mlp(MlpShape shape, double[] parameters) {
        this.shape = Objects.requireNonNull(shape, "shape");
        if (parameters.length != shape.parameterCount()) {
            throw new IllegalArgumentException("parameters.length: " + parameters.length + " (expected: "
                    + shape.parameterCount() + " for " + shape.describe() + ")");
        }
        this.parameters = parameters;
    }

    /**
     * He initialisation: weights drawn from {@code N(0, 2 / fanIn)}, biases 0, in parameter order from
     * {@code random} (so a seed fixes them).
     */
    public static Mlp initialised(MlpShape shape, Random random) {
        double[] p = new double[shape.parameterCount()];
        for (int l = 0; l < shape.layerCount(); l++) {
            double sd = Math.sqrt(2.0 / shape.size(l));
            int from = shape.weightOffset(l);
            int to = shape.biasOffset(l);
            for (int k = from; k < to; k++) {
                p[k] = random.nextGaussian() * sd;
            }
        }
        return new Mlp(shape, p);
    }

    /** The layer sizes. */
    public MlpShape shape() {
        return shape;
    }

    /** The live parameter array. */
    public double[] parameters() {
        return parameters;
    }

    /** Weight {@code W_l[i][j]} from unit {@code i} of layer {@code l} to unit {@code j} of layer {@code l + 1}. */
    public double weight(int layer, int i, int j) {
        return parameters[shape.weightOffset(layer) + i * shape.size(layer + 1) + j];
    }

    /** Bias of unit {@code j} of layer {@code l + 1}. */
    public double bias(int layer, int j) {
        return parameters[shape.biasOffset(layer) + j];
    }

    /** A deep copy. */
    public Mlp copy() {
        return new Mlp(shape, parameters.clone());
    }

    /** Copies {@code other}'s parameters into this network (same shape). */
    public void copyFrom(Mlp other) {
        if (!other.shape.equals(shape)) {
            throw new IllegalArgumentException("other: " + other.shape.describe() + " (expected: " + shape.describe()
                    + ")");
        }
        System.arraycopy(other.parameters, 0, parameters, 0, parameters.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mlp m && m.shape.equals(shape) && Arrays.equals(m.parameters, parameters);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(parameters);
    }
}
