package io.seizmon.dashboard.live;

/**
 * Decimated trace points of one stream, ready to draw: {@code timesSeconds[p]} and {@code values[c][p]} for
 * channel {@code c}, point {@code p}. A NaN value is a gap (drawn as a break, never bridged).
 *
 * <p>Owned by the receiver; the decimator never touches it again.
 *
 * @param timesSeconds point times, seconds since the epoch on the stream's time base, non-decreasing
 * @param values       per channel, one value per point, µV, NaN at a gap
 */
public record TraceBatch(double[] timesSeconds, float[][] values) {

    /** Number of points. */
    public int size() {
        return timesSeconds.length;
    }
}
