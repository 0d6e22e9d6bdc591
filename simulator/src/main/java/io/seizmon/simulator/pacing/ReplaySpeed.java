package io.seizmon.simulator.pacing;

/**
 * How fast a replay runs relative to recording time: {@code factor} seconds of recording per second of wall
 * time, or {@link #MAX}: no pacing at all, as fast as the broker accepts.
 *
 * @param factor finite and &gt; 0, or {@link Double#POSITIVE_INFINITY} for {@link #MAX}
 */
public record ReplaySpeed(double factor) {

    /** Real time: one second of recording per second. */
    public static final ReplaySpeed REAL_TIME = new ReplaySpeed(1);
    /** No pacing: frames go out as fast as the broker's flow control allows. */
    public static final ReplaySpeed MAX = new ReplaySpeed(Double.POSITIVE_INFINITY);

    public ReplaySpeed {
        if (!(factor > 0) || Double.isNaN(factor)) {
            throw new IllegalArgumentException("speed: " + factor + " (expected: > 0, or max)");
        }
    }

    /**
     * Parses {@code max} or a positive number such as {@code 1}, {@code 10}, {@code 0.5}.
     *
     * @throws IllegalArgumentException naming the text and what is expected
     */
    public static ReplaySpeed parse(String text) {
        if (text.strip().equalsIgnoreCase("max")) {
            return MAX;
        }
        double factor;
        try {
            factor = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            factor = Double.NaN;
        }
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("speed: '" + text + "' (expected: a number > 0 such as 1 or 10, "
                    + "or max)");
        }
        return new ReplaySpeed(factor);
    }

    /** Returns true for {@link #MAX}. */
    public boolean isMax() {
        return Double.isInfinite(factor);
    }

    @Override
    public String toString() {
        return isMax() ? "max" : (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor))
                + "x";
    }
}
