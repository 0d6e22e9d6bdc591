package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The layer sizes of a fully connected network: inputs, hidden layers (ReLU), outputs (softmax).
 *
 * <p>Parameter layout (see {@link Mlp}): for weight layer {@code l = 0 .. layerCount() - 1}, mapping
 * {@code a = size(l)} units to {@code b = size(l + 1)}, the weights {@code W_l[i][j]} ({@code i < a}, {@code j < b})
 * sit at {@code weightOffset(l) + i * b + j}, followed by the biases {@code b_l[j]} at {@code biasOffset(l) + j}.
 *
 * @param sizes unit counts from input to output, at least two, each &ge; 1
 */
public record MlpShape(List<Integer> sizes) {

    public MlpShape {
        sizes = List.copyOf(sizes);
        if (sizes.size() < 2 || sizes.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("sizes: " + sizes + " (expected: at least input and output, each >= 1)");
        }
    }

    /** Returns the shape {@code inputs -> hidden... -> outputs}. */
    public static MlpShape of(int inputs, List<Integer> hidden, int outputs) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(inputs);
        sizes.addAll(hidden);
        sizes.add(outputs);
        return new MlpShape(sizes);
    }

    /** Number of weight layers (sizes minus one). */
    public int layerCount() {
        return sizes.size() - 1;
    }

    /** Units of layer {@code index} (0 = input). */
    public int size(int index) {
        return sizes.get(index);
    }

    /** Inputs per row. */
    public int inputs() {
        return sizes.get(0);
    }

    /** Outputs per row (classes). */
    public int outputs() {
        return sizes.get(sizes.size() - 1);
    }

    /** Offset of {@code W_l} in the parameter array. */
    public int weightOffset(int layer) {
        int offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += (size(l) + 1) * size(l + 1);
        }
        return offset;
    }

    /** Offset of {@code b_l} in the parameter array. */
    public int biasOffset(int layer) {
        return weightOffset(layer) + size(layer) * size(layer + 1);
    }

    /** Total number of parameters. */
    public int parameterCount() {
        return weightOffset(layerCount());
    }

    /** The sizes joined by dashes, e.g. {@code 100-250-125-2}. */
    public String describe() {
        return String.join("-", sizes.stream().map(String::valueOf).toList());
    }
}
