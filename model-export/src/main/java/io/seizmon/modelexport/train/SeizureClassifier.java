package io.seizmon.modelexport.train;

import java.util.Objects;

/**
 * A trained classifier as it is exported: standardisation, the first network and, for the dual method, a second
 * network. Raw feature rows in, class probabilities out.
 *
 * <p>Single: {@code p = softmax(first(z))} with {@code z = (x − mean) / scale}. Dual: with {@code s1 = p_first(z)[1]}
 * and {@code s2 = p_second(z)[1]}, the seizure probability is {@code s = s1 · s2} and the output {@code [1 − s, s]}:
 * a window is called seizure only when both networks agree, so the second network (trained to tell true seizures
 * from the first one's false alarms) can veto.
 *
 * <p>Not thread-safe (it owns one {@link MlpPass}).
 */
public final class SeizureClassifier {

    private static final int CHUNK_ROWS = 256;

    private final Standardisation standardisation;
    private final Mlp first;
    private final Mlp second;
    private final MlpPass pass;

    /** A classifier of {@code first} alone ({@code second == null}) or of both. */
    public SeizureClassifier(Standardisation standardisation, Mlp first, Mlp second) {
        this.standardisation = Objects.requireNonNull(standardisation, "standardisation");
        this.first = Objects.requireNonNull(first, "first");
        this.second = second;
        if (second != null && second.shape().inputs() != first.shape().inputs()) {
            throw new IllegalArgumentException("second: " + second.shape().describe() + " (expected: "
                    + first.shape().inputs() + " inputs like the first)");
        }
        this.pass = new MlpPass(first.shape(), CHUNK_ROWS);
    }

    public Standardisation standardisation() {
        return standardisation;
    }

    public Mlp first() {
        return first;
    }

    /** The second network, or null for a single-network classifier. */
    public Mlp second() {
        return second;
    }

    public boolean dual() {
        return second != null;
    }

    /** Seizure probability of each raw feature row. */
    public double[] seizureProbabilities(float[] features, int rows) {
        double[] both = classProbabilities(features, rows);
        double[] p = new double[rows];
        for (int r = 0; r < rows; r++) {
            p[r] = both[2 * r + 1];
        }
        return p;
    }

    /** Class probabilities of each raw feature row: {@code out[2r]} non-seizure, {@code out[2r + 1]} seizure. */
    public double[] classProbabilities(float[] features, int rows) {
        double[] z = standardisation.apply(features, rows);
        double[] out = new double[2 * rows];
        MlpPass secondPass = second == null ? null : new MlpPass(second.shape(), CHUNK_ROWS);
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            int count = Math.min(CHUNK_ROWS, rows - from);
            pass.forward(first, z, null, from, count);
            if (secondPass != null) {
                secondPass.forward(second, z, null, from, count);
            }
            for (int b = 0; b < count; b++) {
                int r = from + b;
                if (secondPass == null) {
                    out[2 * r] = pass.probability(b, 0);
                    out[2 * r + 1] = pass.probability(b, 1);
                } else {
                    double s = pass.probability(b, 1) * secondPass.probability(b, 1);
                    out[2 * r] = 1 - s;
                    out[2 * r + 1] = s;
                }
            }
        }
        return out;
    }

    /** The architecture text stored in the model metadata. */
    public String describe() {
        String one = "mlp " + first.shape().describe() + " relu softmax";
        return second == null ? one : "dual " + one + " x mlp " + second.shape().describe()
                + " relu softmax; p = p1 * p2";
    }
}
