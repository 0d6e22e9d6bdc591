package io.seizmon.modelexport.train;

import java.util.List;
import java.util.Objects;

/**
 * A trained classifier as it is exported: standardisation and one or more members, each the first network and, for
 * the dual method, a second network. Raw feature rows in, class probabilities out.
 *
 * <p>A member's output: single, {@code softmax(first(z))} with {@code z = (x − mean) / scale}; dual, with
 * {@code s1 = p_first(z)[1]} and {@code s2 = p_second(z)[1]}, {@code [1 − s, s]} for {@code s} the member's
 * {@link DualRule} of the two ({@link DualRule#BOTH}: {@code min(s1, s2)}): a window is called seizure only when both
 * networks agree, so the second network (trained to tell true seizures from the first one's false alarms) can
 * veto. The classifier's output is the member's output for one member, and the
 * element-wise mean of the members' outputs for an ensemble of {@code K}:
 * {@code p = (1/K) · Σ_k p_k}.
 *
 * <p>Not thread-safe (it owns its {@link MlpPass}es).
 */
public final class SeizureClassifier {

    private static final int CHUNK_ROWS = 256;

    /**
     * One member of the classifier.
     *
     * @param first  the first network
     * @param second the second network of the dual method, or null
     * @param rule   how a dual member combines its two networks (unused without a second network)
     */
    public record Member(Mlp first, Mlp second, DualRule rule) {

        /** A member whose networks are combined by the method's rule, {@link DualRule#BOTH}. */
        public Member(Mlp first, Mlp second) {
            this(first, second, DualRule.BOTH);
        }

        public Member {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(rule, "rule");
            if (second != null && second.shape().inputs() != first.shape().inputs()) {
                throw new IllegalArgumentException("second: " + second.shape().describe() + " (expected: "
                        + first.shape().inputs() + " inputs like the first)");
            }
        }
    }

    private final Standardisation standardisation;
    private final List<Member> members;
    private final MlpPass pass;
    private final MlpPass secondPass;

    /** A classifier of {@code first} alone ({@code second == null}) or of both. */
    public SeizureClassifier(Standardisation standardisation, Mlp first, Mlp second) {
        this(standardisation, List.of(new Member(first, second)));
    }

    /**
     * A classifier averaging {@code members}; all single or all dual, all first (and second) networks of one shape.
     *
     * @throws IllegalArgumentException when there is no member, or they mix single and dual or shapes
     */
    public SeizureClassifier(Standardisation standardisation, List<Member> members) {
        this.standardisation = Objects.requireNonNull(standardisation, "standardisation");
        this.members = List.copyOf(members);
        if (this.members.isEmpty()) {
            throw new IllegalArgumentException("members: none (expected: at least one)");
        }
        Member one = this.members.get(0);
        for (Member m : this.members) {
            if (!describe(m).equals(describe(one))) {
                throw new IllegalArgumentException("members: " + describe(m) + " (expected: all like the first, "
                        + describe(one) + ")");
            }
        }
        this.pass = new MlpPass(one.first().shape(), CHUNK_ROWS);
        this.secondPass = one.second() == null ? null : new MlpPass(one.second().shape(), CHUNK_ROWS);
    }

    public Standardisation standardisation() {
        return standardisation;
    }

    /** The members, at least one. */
    public List<Member> members() {
        return members;
    }

    /** The first member's first network. */
    public Mlp first() {
        return members.get(0).first();
    }

    /** The first member's second network, or null for single networks. */
    public Mlp second() {
        return members.get(0).second();
    }

    public boolean dual() {
        return second() != null;
    }

    /** The same members without their second networks (the first networks alone). */
    public SeizureClassifier firstNetworksOnly() {
        return new SeizureClassifier(standardisation, members.stream()
                .map(m -> new Member(m.first(), null, m.rule())).toList());
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
        for (Member m : members) {
            for (int from = 0; from < rows; from += CHUNK_ROWS) {
                int count = Math.min(CHUNK_ROWS, rows - from);
                pass.forward(m.first(), z, null, from, count);
                if (m.second() != null) {
                    secondPass.forward(m.second(), z, null, from, count);
                }
                for (int b = 0; b < count; b++) {
                    int r = from + b;
                    if (m.second() == null) {
                        out[2 * r] += pass.probability(b, 0);
                        out[2 * r + 1] += pass.probability(b, 1);
                    } else {
                        double s = m.rule().combine(pass.probability(b, 1), secondPass.probability(b, 1));
                        out[2 * r] += 1 - s;
                        out[2 * r + 1] += s;
                    }
                }
            }
        }
        if (members.size() > 1) {
            for (int k = 0; k < out.length; k++) {
                out[k] /= members.size();
            }
        }
        return out;
    }

    /** The architecture text stored in the model metadata. */
    public String describe() {
        String one = describe(members.get(0));
        return members.size() == 1 ? one : "ensemble of " + members.size() + " (p = mean of the members' "
                + "probabilities) x " + one;
    }

    private static String describe(Member m) {
        String one = "mlp " + m.first().shape().describe() + " relu softmax";
        return m.second() == null ? one : "dual " + one + " x mlp " + m.second().shape().describe()
                + " relu softmax; " + m.rule().formula();
    }
}
