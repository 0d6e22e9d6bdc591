package io.seizmon.modelexport.train;

import io.seizmon.core.dataset.EntryWindows;
import io.seizmon.core.dataset.LabelledWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled feature windows as one row-major matrix: row {@code r} is {@code features()[r * bins() ..
 * (r + 1) * bins())}, its label {@link #seizure(int)} and its split group {@link #group(int)} (an index into
 * {@link #groupNames()}, the entries' {@code group()}). Immutable once built; {@link #features()} is shared, not
 * copied: callers must not modify it.
 */
public final class WindowDataset {

    private final int bins;
    private final float[] features;
    private final boolean[] seizure;
    private final int[] groups;
    private final List<String> groupNames;

    private WindowDataset(int bins, float[] features, boolean[] seizure, int[] groups, List<String> groupNames) {
        this.bins = bins;
        this.features = features;
        this.seizure = seizure;
        this.groups = groups;
        this.groupNames = groupNames;
    }

    /**
     * Collects the windows of every entry, in order.
     *
     * @throws IllegalArgumentException when there is no window at all, or feature lengths differ
     */
    public static WindowDataset of(List<EntryWindows> entries) {
        List<LabelledWindow> all = new ArrayList<>();
        List<Integer> groupOfWindow = new ArrayList<>();
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        for (EntryWindows entry : entries) {
            int g = groupIndex.computeIfAbsent(entry.entry().group(), k -> groupIndex.size());
            for (LabelledWindow w : entry.windows()) {
                all.add(w);
                groupOfWindow.add(g);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("windows: none in " + entries.size() + " entries (expected: at least "
                    + "one window; are the recordings shorter than the window?)");
        }
        int bins = all.get(0).features().length;
        float[] features = new float[all.size() * bins];
        boolean[] seizure = new boolean[all.size()];
        int[] groups = new int[all.size()];
        for (int r = 0; r < all.size(); r++) {
            float[] f = all.get(r).features();
            if (f.length != bins) {
                throw new IllegalArgumentException("features.length: " + f.length + " (expected: " + bins + ")");
            }
            System.arraycopy(f, 0, features, r * bins, bins);
            seizure[r] = all.get(r).seizure();
            groups[r] = groupOfWindow.get(r);
        }
        return new WindowDataset(bins, features, seizure, groups, List.copyOf(groupIndex.keySet()));
    }

    /** A dataset from raw arrays (tests, synthetic data); the arrays are taken over, not copied. */
    public static WindowDataset of(int bins, float[] features, boolean[] seizure, int[] groups) {
        if (features.length != seizure.length * bins || groups.length != seizure.length) {
            throw new IllegalArgumentException("features/seizure/groups: lengths " + features.length + "/"
                    + seizure.length + "/" + groups.length + " (expected: rows * " + bins + "/rows/rows)");
        }
        int groupCount = 0;
        for (int g : groups) {
            groupCount = Math.max(groupCount, g + 1);
        }
        List<String> names = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            names.add("group-" + g);
        }
        return new WindowDataset(bins, features, seizure, groups, List.copyOf(names));
    }

    /** The rows {@code rows}, in that order; group indices keep their meaning. */
    public WindowDataset subset(int[] rows) {
        float[] f = new float[rows.length * bins];
        boolean[] s = new boolean[rows.length];
        int[] g = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(features, rows[k] * bins, f, k * bins, bins);
            s[k] = seizure[rows[k]];
            g[k] = groups[rows[k]];
        }
        return new WindowDataset(bins, f, s, g, groupNames);
    }

    public int rows() {
        return seizure.length;
    }

    public int bins() {
        return bins;
    }

    /** The shared feature matrix (do not modify). */
    public float[] features() {
        return features;
    }

    public boolean seizure(int row) {
        return seizure[row];
    }

    public int group(int row) {
        return groups[row];
    }

    public List<String> groupNames() {
        return groupNames;
    }

    /** Number of distinct groups among the rows. */
    public int groupCount() {
        return (int) java.util.Arrays.stream(groups).distinct().count();
    }

    /** Number of seizure rows. */
    public int seizureRows() {
        int n = 0;
        for (boolean s : seizure) {
            n += s ? 1 : 0;
        }
        return n;
    }

    /** A copy of the labels, true for seizure. */
    public boolean[] seizureLabels() {
        return seizure.clone();
    }

    /** Labels as class indices: 1 seizure, 0 non-seizure. */
    public int[] labels() {
        int[] y = new int[seizure.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = seizure[r] ? 1 : 0;
        }
        return y;
    }
}
