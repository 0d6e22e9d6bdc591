package io.seizmon.modelexport.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupedFoldsTest {

    @Test
    void keepsEveryGroupInOneFoldAndSpreadsBothClasses() {
        WindowDataset data = groups(new Random(1), 40, 10);

        int[] fold = GroupedFolds.assign(data, 5, 3);

        Map<Integer, Integer> foldOfGroup = new HashMap<>();
        int[][] perFold = new int[5][2];
        for (int r = 0; r < data.rows(); r++) {
            Integer previous = foldOfGroup.putIfAbsent(data.group(r), fold[r]);
            assertThat(previous == null || previous == fold[r]).as("group %d split", data.group(r)).isTrue();
            perFold[fold[r]][data.seizure(r) ? 1 : 0]++;
        }
        for (int f = 0; f < 5; f++) {
            assertThat(perFold[f][1]).as("seizure windows in fold %d", f).isBetween(6, 10);
            assertThat(perFold[f][0]).as("non-seizure windows in fold %d", f).isBetween(20, 40);
        }
    }

    @Test
    void isDeterministicForASeedAndChangesWithIt() {
        WindowDataset data = groups(new Random(2), 30, 10);
        assertThat(GroupedFolds.assign(data, 4, 7)).containsExactly(GroupedFolds.assign(data, 4, 7));
        assertThat(GroupedFolds.assign(data, 4, 7)).isNotEqualTo(GroupedFolds.assign(data, 4, 8));
    }

    @Test
    void refusesMoreFoldsThanGroups() {
        WindowDataset data = groups(new Random(3), 3, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> GroupedFolds.assign(data, 5, 1))
                .withMessage("folds: 5 (expected: 2 to the number of groups, 4)");
    }

    @Test
    void rowsSelectsAFoldOrItsComplement() {
        int[] fold = {0, 1, 0, 2, 1};
        assertThat(GroupedFolds.rows(fold, 0, false)).containsExactly(0, 2);
        assertThat(GroupedFolds.rows(fold, 0, true)).containsExactly(1, 3, 4);
    }

    /** {@code nonSeizureGroups} groups of 1–6 non-seizure windows and {@code seizureGroups} of 4 seizure windows. */
    static WindowDataset groups(Random random, int nonSeizureGroups, int seizureGroups) {
        java.util.List<Boolean> labels = new java.util.ArrayList<>();
        java.util.List<Integer> groups = new java.util.ArrayList<>();
        for (int g = 0; g < nonSeizureGroups + seizureGroups; g++) {
            boolean seizure = g >= nonSeizureGroups;
            int n = seizure ? 4 : 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                labels.add(seizure);
                groups.add(g);
            }
        }
        boolean[] s = new boolean[labels.size()];
        int[] g = new int[labels.size()];
        for (int r = 0; r < s.length; r++) {
            s[r] = labels.get(r);
            g[r] = groups.get(r);
        }
        return WindowDataset.of(2, new float[2 * s.length], s, g);
    }
}
