package io.seizmon.modelexport.train;

/**
 * How the dual method combines the seizure probabilities {@code s1} of the first network and {@code s2} of the
 * second into the one probability {@code s} the model outputs (as {@code [1 − s, s]}).
 */
public enum DualRule {

    /**
     * {@code s = min(s1, s2)}: at any threshold {@code t}, {@code s ≥ t} exactly when both networks call the window
     * seizure at {@code t}. This is the method's sequential rule (Jang &amp; Cho 2019, Fig. 5: a window the first
     * network classifies as seizure is classified again by the second, and is a seizure only if the second agrees).
     */
    BOTH("min", "Min", "p = min(p1, p2)"),

    /**
     * {@code s = s1 · s2}: stricter than {@link #BOTH} (at 0.5, two networks at 0.7 each give 0.49, not a seizure);
     * the rule of models exported before {@code --dual-rule} existed, kept so that they can be reproduced.
     */
    PRODUCT("product", "Mul", "p = p1 * p2");

    private final String nodeName;
    private final String onnxOperator;
    private final String formula;

    DualRule(String nodeName, String onnxOperator, String formula) {
        this.nodeName = nodeName;
        this.onnxOperator = onnxOperator;
        this.formula = formula;
    }

    /** The combined seizure probability of the two networks' {@code s1} and {@code s2}. */
    public double combine(double s1, double s2) {
        return this == BOTH ? Math.min(s1, s2) : s1 * s2;
    }

    /** The element-wise ONNX operator that computes {@link #combine} on the two {@code [N, 2]} outputs. */
    public String onnxOperator() {
        return onnxOperator;
    }

    /** The name of that node in the graph (the product's name is the one older models have). */
    public String nodeName() {
        return nodeName;
    }

    /** The formula as the model's architecture text states it. */
    public String formula() {
        return formula;
    }
}
