package io.seizmon.modelexport.report;

import java.util.Objects;

/**
 * One named line of a {@link LineChart}: points (x[i], y[i]) joined in order. Non-finite y values break the line
 * (e.g. an epoch without a validation loss).
 *
 * @param name legend text
 * @param x    x values, finite (copied)
 * @param y    y values, same length (copied)
 */
public record Series(String name, double[] x, double[] y) {

    public Series {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "' y.length: " + y.length + " (expected: x.length "
                    + x.length + ")");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("series '" + name + "' x[" + i + "]: " + x[i]
                        + " (expected: finite)");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** A series over 1, 2, 3, ...: one value per epoch. */
    public static Series perEpoch(String name, double[] values) {
        double[] epochs = new double[values.length];
        for (int i = 0; i < epochs.length; i++) {
            epochs[i] = i + 1;
        }
        return new Series(name, epochs, values);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
