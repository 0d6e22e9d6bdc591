package io.seizmon.systemtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The samples of a Prometheus text exposition, keyed by the series as written ({@code name{label="v",...}}).
 * Immutable.
 */
record PrometheusMetrics(Map<String, Double> samples) {

    static final PrometheusMetrics EMPTY = new PrometheusMetrics(Map.of());

    PrometheusMetrics {
        samples = Map.copyOf(samples);
    }

    static PrometheusMetrics parse(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                try {
                    samples.put(line.substring(0, space).trim(), Double.parseDouble(line.substring(space + 1)));
                } catch (NumberFormatException e) {
                    // a value we cannot read (never written by Micrometer) is left out
                }
            }
        }
        return new PrometheusMetrics(samples);
    }

    /** Whether the agent answered at all. */
    boolean present() {
        return !samples.isEmpty();
    }

    /** The sum over every series of {@code name} whose labels contain each of {@code labelParts}, 0 when none. */
    double sum(String name, String... labelParts) {
        double sum = 0;
        for (Map.Entry<String, Double> e : samples.entrySet()) {
            String series = e.getKey();
            boolean match = series.equals(name) ? labelParts.length == 0
                    : series.startsWith(name + "{") && containsAll(series, labelParts);
            if (match) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static boolean containsAll(String series, String[] parts) {
        for (String part : parts) {
            if (!series.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
