package io.seizmon.core.quality;

import io.seizmon.core.wire.ChannelQuality;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts gate verdicts per class of window (for example "seizure" and "non-seizure") and collects measurements. */
final class QualityTally {

    private final Map<String, EnumMap<ChannelQuality, Integer>> counts = new TreeMap<>();
    private final Map<String, double[]> measures = new TreeMap<>();
    private final Map<String, Integer> measureCounts = new TreeMap<>();
    private int clippedAwayFromRail;

    void clippedAwayFromRail(int windows) {
        clippedAwayFromRail += windows;
    }

    /** Windows refused as clipping whose samples never reach the ADC's rail (for data whose rail is known). */
    int clippedAwayFromRail() {
        return clippedAwayFromRail;
    }

    void add(String windowClass, ChannelQuality verdict) {
        counts.computeIfAbsent(windowClass, k -> new EnumMap<>(ChannelQuality.class)).merge(verdict, 1, Integer::sum);
    }

    void measure(String name, double value) {
        double[] values = measures.computeIfAbsent(name, k -> new double[1024]);
        int n = measureCounts.getOrDefault(name, 0);
        if (n == values.length) {
            values = Arrays.copyOf(values, 2 * n);
            measures.put(name, values);
        }
        values[n] = value;
        measureCounts.put(name, n + 1);
    }

    int total(String windowClass) {
        return counts.getOrDefault(windowClass, new EnumMap<>(ChannelQuality.class)).values().stream()
                .mapToInt(Integer::intValue).sum();
    }

    int flagged(String windowClass) {
        return total(windowClass) - count(windowClass, ChannelQuality.OK);
    }

    int count(String windowClass, ChannelQuality verdict) {
        return counts.getOrDefault(windowClass, new EnumMap<>(ChannelQuality.class)).getOrDefault(verdict, 0);
    }

    double flaggedFraction(String windowClass) {
        return (double) flagged(windowClass) / total(windowClass);
    }

    /** One line per class: total, flagged fraction, counts per verdict; then quantiles of each measurement. */
    String report(String dataset) {
        StringBuilder text = new StringBuilder();
        counts.forEach((windowClass, byVerdict) -> text.append(String.format(Locale.ROOT,
                "%s %s: %d windows, flagged %d (%.3f%%) %s%n", dataset, windowClass, total(windowClass),
                flagged(windowClass), 100 * flaggedFraction(windowClass), byVerdict)));
        measures.forEach((name, values) -> {
            double[] sorted = Arrays.copyOf(values, measureCounts.get(name));
            Arrays.sort(sorted);
            text.append(String.format(Locale.ROOT, "%s %s: n=%d min=%.4g p0.1=%.4g p1=%.4g p50=%.4g p99=%.4g "
                    + "p99.9=%.4g max=%.4g%n", dataset, name, sorted.length, sorted[0], q(sorted, 0.001),
                    q(sorted, 0.01), q(sorted, 0.5), q(sorted, 0.99), q(sorted, 0.999), sorted[sorted.length - 1]));
        });
        return text.toString();
    }

    private static double q(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
