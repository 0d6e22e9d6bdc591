package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the rows the second network of the dual method trains on: every seizure row, and the non-seizure rows
 * the first network wrongly calls seizure (probability &ge; threshold). Since a well-fitted first network makes
 * few such errors on its own training rows, these are topped up with the next most seizure-like non-seizure rows
 * (highest first-network probability, ties by row) until there are as many as seizure rows, or no more.
 */
public final class HardNegatives {

    private HardNegatives() {
    }

    /**
     * Returns the chosen rows in ascending order.
     *
     * @param firstProbabilities the first network's seizure probability per row
     * @param labels             class per row (1 seizure)
     */
    public static int[] select(double[] firstProbabilities, int[] labels, double threshold) {
        List<Integer> negatives = new ArrayList<>();
        int seizures = 0;
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] == 1) {
                seizures++;
            } else {
                negatives.add(r);
            }
        }
        negatives.sort(Comparator.<Integer>comparingDouble(r -> -firstProbabilities[r]).thenComparingInt(r -> r));
        boolean[] chosen = new boolean[labels.length];
        for (int k = 0; k < negatives.size(); k++) {
            int r = negatives.get(k);
            chosen[r] = k < seizures || firstProbabilities[r] >= threshold;
        }
        for (int r = 0; r < labels.length; r++) {
            chosen[r] |= labels[r] == 1;
        }
        return java.util.stream.IntStream.range(0, labels.length).filter(r -> chosen[r]).toArray();
    }

    /** Number of non-seizure rows among {@code rows}. */
    public static int negativeCount(int[] rows, int[] labels) {
        int n = 0;
        for (int r : rows) {
            n += labels[r] == 0 ? 1 : 0;
        }
        return n;
    }
}
