package io.seizmon.modelexport.train;

/**
 * Per-feature standardisation {@code (x − mean) / scale}, fitted on training rows and exported into the ONNX graph
 * (Sub, Div) so the agent feeds raw features.
 *
 * <p>{@code mean} is the training mean and {@code scale} the population standard deviation, both rounded to
 * float32 (the graph computes in float32, so trainer and graph share the exact constants). A feature whose
 * standard deviation is below {@value #MIN_SCALE} (constant in training, such as the empty bands 88–99 at
 * 173.61 Hz) is marked {@code constant} and gets scale 1: it is centred but not blown up.
 *
 * @param mean     per-feature mean
 * @param scale    per-feature divisor, &gt; 0
 * @param constant per feature, whether it was constant in training
 */
public record Standardisation(float[] mean, float[] scale, boolean[] constant) {

    /** Standard deviations below this count as zero. */
    public static final double MIN_SCALE = 1e-6;

    public Standardisation {
        if (mean.length != scale.length || constant.length != mean.length) {
            throw new IllegalArgumentException("mean/scale/constant: lengths " + mean.length + "/" + scale.length
                    + "/" + constant.length + " (expected: equal)");
        }
    }

    /** Fits on every row of {@code data}. */
    public static Standardisation fit(WindowDataset data) {
        int bins = data.bins();
        int rows = data.rows();
        float[] x = data.features();
        double[] sum = new double[bins];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < bins; k++) {
                sum[k] += x[r * bins + k];
            }
        }
        float[] mean = new float[bins];
        float[] scale = new float[bins];
        boolean[] constant = new boolean[bins];
        for (int k = 0; k < bins; k++) {
            double mu = sum[k] / rows;
            double squares = 0;
            for (int r = 0; r < rows; r++) {
                double d = x[r * bins + k] - mu;
                squares += d * d;
            }
            double sd = Math.sqrt(squares / rows);
            mean[k] = (float) mu;
            constant[k] = sd < MIN_SCALE;
            scale[k] = constant[k] ? 1f : (float) sd;
        }
        return new Standardisation(mean, scale, constant);
    }

    /**
     * The change of each standardised feature when every raw feature rises by 1 (the recording's amplitude scaled
     * by √10): {@code 1 / scale}, but 0 for features constant in training (empty bands stay empty).
     */
    public double[] gainDirection() {
        double[] direction = new double[mean.length];
        for (int k = 0; k < direction.length; k++) {
            direction[k] = constant[k] ? 0 : 1.0 / scale[k];
        }
        return direction;
    }

    /** Returns the standardised rows of {@code features} (row-major, {@code mean().length} columns) in double. */
    public double[] apply(float[] features, int rows) {
        int bins = mean.length;
        double[] out = new double[rows * bins];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < bins; k++) {
                out[r * bins + k] = ((double) features[r * bins + k] - mean[k]) / scale[k];
            }
        }
        return out;
    }
}
