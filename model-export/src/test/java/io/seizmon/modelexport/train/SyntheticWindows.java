package io.seizmon.modelexport.train;

import java.util.Random;

/**
 * Synthetic 100-bin feature windows shaped like log10 band powers: a falling spectrum with noise, and for seizure
 * windows extra power in bands 3–8 Hz. Groups of four consecutive windows share a label, like the windows of one
 * segment.
 */
public final class SyntheticWindows {

    private SyntheticWindows() {
    }

    /** {@code groups} groups of 4 windows; every third group is a seizure group. */
    public static WindowDataset dataset(int groups, double seizureLift, long seed) {
        Random random = new Random(seed);
        int rows = groups * 4;
        float[] features = new float[rows * 100];
        boolean[] seizure = new boolean[rows];
        int[] group = new int[rows];
        for (int r = 0; r < rows; r++) {
            group[r] = r / 4;
            seizure[r] = group[r] % 3 == 0;
            double level = random.nextGaussian() * 0.3;
            for (int k = 0; k < 100; k++) {
                double value = 3 - 0.04 * k + level + 0.25 * random.nextGaussian();
                if (seizure[r] && k >= 3 && k <= 8) {
                    value += seizureLift;
                }
                features[r * 100 + k] = (float) (k >= 88 ? -6 : value);
            }
        }
        return WindowDataset.of(100, features, seizure, group);
    }
}
