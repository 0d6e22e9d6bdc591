package io.seizmon.modelexport.train;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction: per parameter {@code m = β1·m + (1−β1)·g},
 * {@code v = β2·v + (1−β2)·g²}, {@code θ −= lr · m̂ / (√v̂ + ε)} with {@code m̂ = m / (1−β1^t)},
 * {@code v̂ = v / (1−β2^t)}. Moment arrays are allocated once. Not thread-safe.
 */
public final class AdamOptimizer {

    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double learningRate;
    private final double[] m;
    private final double[] v;
    private long steps;

    /** An optimiser for {@code parameterCount} parameters at {@code learningRate} (&gt; 0). */
    public AdamOptimizer(int parameterCount, double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate: " + learningRate + " (expected: finite, > 0)");
        }
        this.learningRate = learningRate;
        this.m = new double[parameterCount];
        this.v = new double[parameterCount];
    }

    /** Applies one step of {@code gradient} to {@code parameters} in place. */
    public void step(double[] parameters, double[] gradient) {
        steps++;
        double correction1 = 1 - StrictMath.pow(DEFAULT_BETA1, steps);
        double correction2 = 1 - StrictMath.pow(DEFAULT_BETA2, steps);
        for (int k = 0; k < parameters.length; k++) {
            double g = gradient[k];
            m[k] = DEFAULT_BETA1 * m[k] + (1 - DEFAULT_BETA1) * g;
            v[k] = DEFAULT_BETA2 * v[k] + (1 - DEFAULT_BETA2) * g * g;
            parameters[k] -= learningRate * (m[k] / correction1) / (Math.sqrt(v[k] / correction2) + DEFAULT_EPSILON);
        }
    }
}
