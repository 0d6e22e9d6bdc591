package io.seizmon.dashboard.live;

/**
 * One window's scores of a subject, for the probability trend.
 *
 * @param windowEndSeconds end of the window, seconds since the epoch, stream time base
 * @param probability      the highest channel probability, 0..1, or NaN when no channel was scored
 * @param threshold        the detection threshold in force, (0, 1]
 */
public record ScorePoint(double windowEndSeconds, double probability, double threshold) {
}
