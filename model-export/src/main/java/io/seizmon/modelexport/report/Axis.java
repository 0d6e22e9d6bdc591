package io.seizmon.modelexport.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One axis of a chart: its data range, its label and whether it is logarithmic (base 10).
 *
 * @param min   data value at the axis start; &gt; 0 when logarithmic
 * @param max   data value at the axis end, &gt; min
 * @param label text written along the axis (units in brackets by convention)
 * @param log   whether values map through log10
 */
public record Axis(double min, double max, String label, boolean log) {

    private static final int TARGET_TICKS = 6;

    public Axis {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("axis '" + label + "' range: [" + min + ", " + max
                    + "] (expected: finite, max > min)");
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("axis '" + label + "' min: " + min + " (expected: > 0 on a log axis)");
        }
    }

    /** A linear axis. */
    public static Axis linear(double min, double max, String label) {
        return new Axis(min, max, label, false);
    }

    /** A linear axis over the data's range with a little headroom; a flat or empty range gets a unit span. */
    static Axis fitted(double dataMin, double dataMax, String label) {
        if (!Double.isFinite(dataMin) || !Double.isFinite(dataMax)) {
            return linear(0, 1, label);
        }
        if (dataMax - dataMin < 1e-12) {
            return linear(dataMin - 0.5, dataMax + 0.5, label);
        }
        double pad = (dataMax - dataMin) * 0.05;
        return linear(dataMin - pad, dataMax + pad, label);
    }

    /** Position of {@code value} along the axis, 0 at min and 1 at max (outside for values out of range). */
    double fraction(double value) {
        if (log) {
            return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (value - min) / (max - min);
    }

    /** Tick values inside the range: 1-2-5 steps on a linear axis, powers of ten on a log axis. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (int e = (int) Math.ceil(Math.log10(min)); e <= Math.floor(Math.log10(max)); e++) {
                ticks.add(Math.pow(10, e));
            }
            return ticks;
        }
        double step = step();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** Tick text: as many decimals as the step needs. */
    String format(double value) {
        if (log) {
            return value >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%g", value);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step()) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private double step() {
        double raw = (max - min) / TARGET_TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalized = raw / magnitude;
        double nice = normalized < 1.5 ? 1 : normalized < 3.5 ? 2 : normalized < 7.5 ? 5 : 10;
        return nice * magnitude;
    }
}
