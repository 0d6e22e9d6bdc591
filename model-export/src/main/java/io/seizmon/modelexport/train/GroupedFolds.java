package io.seizmon.modelexport.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Grouped, stratified k-fold assignment: every window of a group (a recording, an annotated event) goes to the same
 * fold, so neighbouring windows of one recording never sit on both sides of a split.
 *
 * <p>Algorithm (deterministic for a seed): the distinct groups are shuffled with {@code new Random(seed)}; groups
 * holding any seizure window are placed first, larger groups before smaller ones (stable, so the shuffle breaks
 * ties); each group in turn goes to the fold with the fewest windows of the group's class so far (seizure or
 * non-seizure), then the fewest windows overall, then the lowest index. This balances both classes across folds
 * as far as the groups allow.
 */
public final class GroupedFolds {

    private GroupedFolds() {
    }

    /**
     * Returns the fold ({@code 0 .. folds-1}) of every row.
     *
     * @throws IllegalArgumentException when {@code folds < 2} or the data hold fewer groups than folds
     */
    public static int[] assign(WindowDataset data, int folds, long seed) {
        int groupSlots = data.groupNames().size();
        if (folds < 2 || folds > data.groupCount()) {
            throw new IllegalArgumentException("folds: " + folds + " (expected: 2 to the number of groups, "
                    + data.groupCount() + ")");
        }
        int[] windows = new int[groupSlots];
        int[] seizures = new int[groupSlots];
        for (int r = 0; r < data.rows(); r++) {
            windows[data.group(r)]++;
            seizures[data.group(r)] += data.seizure(r) ? 1 : 0;
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groupSlots; g++) {
            if (windows[g] > 0) {
                order.add(g);
            }
        }
        Collections.shuffle(order, new Random(seed));
        order.sort(Comparator.<Integer>comparingInt(g -> seizures[g] > 0 ? 0 : 1).thenComparingInt(g -> -windows[g]));
        int[] foldOfGroup = new int[groupSlots];
        int[][] classWindows = new int[2][folds];
        int[] total = new int[folds];
        for (int g : order) {
            int c = seizures[g] > 0 ? 1 : 0;
            int best = 0;
            for (int f = 1; f < folds; f++) {
                if (classWindows[c][f] < classWindows[c][best]
                        || classWindows[c][f] == classWindows[c][best] && total[f] < total[best]) {
                    best = f;
                }
            }
            foldOfGroup[g] = best;
            classWindows[c][best] += windows[g];
            total[best] += windows[g];
        }
        int[] fold = new int[data.rows()];
        for (int r = 0; r < fold.length; r++) {
            fold[r] = foldOfGroup[data.group(r)];
        }
        return fold;
    }

    /** The rows whose fold is (or, with {@code complement}, is not) {@code k}, in row order. */
    public static int[] rows(int[] fold, int k, boolean complement) {
        return java.util.stream.IntStream.range(0, fold.length).filter(r -> (fold[r] == k) != complement).toArray();
    }
}
