package io.seizmon.modelexport.train;

/**
 * What keeps the network from fitting noise.
 *
 * @param weightDecay   L2 penalty {@code (λ/2)·Σ W²} on the weights (not the biases) added to the loss, in [0, 1)
 * @param inputDropout  probability of dropping an input feature in a training step, in [0, 1)
 * @param hiddenDropout probability of dropping a hidden unit in a training step, in [0, 1)
 */
public record Regularisation(double weightDecay, double inputDropout, double hiddenDropout) {

    /** No weight decay, no dropout. */
    public static final Regularisation NONE = new Regularisation(0, 0, 0);

    public Regularisation {
        check("weightDecay", weightDecay);
        check("inputDropout", inputDropout);
        check("hiddenDropout", hiddenDropout);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: >= 0 and < 1)");
        }
    }
}
