package io.seizmon.modelexport.train;

/**
 * What keeps the network from fitting noise: weight decay, dropout and amplitude-gain augmentation.
 *
 * @param weightDecay   L2 penalty {@code (λ/2)·Σ W²} on the weights (not the biases) added to the loss, in [0, 1)
 * @param inputDropout  probability of dropping an input feature in a training step, in [0, 1)
 * @param hiddenDropout probability of dropping a hidden unit in a training step, in [0, 1)
 * @param gainLog10     amplitude-gain augmentation: in each training step every row's non-constant features get
 *                      the same offset {@code δ}, uniform in {@code [−gainLog10, gainLog10)}, as if the recording's
 *                      amplitude were scaled by {@code 10^(δ/2)} (the features are log10 powers); in [0, 3]
 */
public record Regularisation(double weightDecay, double inputDropout, double hiddenDropout, double gainLog10) {

    /** No weight decay, no dropout, no augmentation. */
    public static final Regularisation NONE = new Regularisation(0, 0, 0, 0);

    public Regularisation {
        check("weightDecay", weightDecay);
        check("inputDropout", inputDropout);
        check("hiddenDropout", hiddenDropout);
        if (!(gainLog10 >= 0 && gainLog10 <= 3)) {
            throw new IllegalArgumentException("gainLog10: " + gainLog10 + " (expected: >= 0 and <= 3)");
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: >= 0 and < 1)");
        }
    }
}
