package io.seizmon.agent.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The latency from a window's last sample <em>arriving</em> (the MQTT message that completed the window) to the
 * decision on it (every channel scored and fed to its detection policy), in microseconds, in an HdrHistogram
 * {@link Recorder}: recording is wait-free on the pipeline threads; readers take interval snapshots.
 *
 * <p>{@link #snapshot()} folds the samples recorded since the previous call into two histograms: {@code recent}
 * (the last interval only) and {@code total} (since start). Values up to one hour, 3 significant digits.
 * Threading: {@link #recordNanos} from any number of threads (the pipeline threads; a {@link Recorder} takes
 * concurrent writers); {@link #snapshot} and the getters from any (synchronized).
 */
public final class DecisionLatency {

    private static final long MAX_MICROS = 3_600_000_000L;

    private final Recorder recorder = new Recorder(MAX_MICROS, 3);
    private final Histogram total = new Histogram(MAX_MICROS, 3);
    /** The last interval, recycled by the recorder on the next snapshot; null before the first. */
    private Histogram recent;

    /** Records one decision's latency; negative values count as 0, values beyond an hour as an hour. */
    public void recordNanos(long nanos) {
        long micros = Math.min(MAX_MICROS, Math.max(0, nanos / 1000));
        recorder.recordValue(micros);
    }

    /** Moves what was recorded since the last call into {@code recent} (replacing it) and {@code total}. */
    public synchronized void snapshot() {
        recent = recent == null ? recorder.getIntervalHistogram() : recorder.getIntervalHistogram(recent);
        total.add(recent);
    }

    /** A percentile (0..100) of the last interval, in milliseconds; 0 when it recorded nothing. */
    public synchronized double recentMillis(double percentile) {
        return recent == null ? 0 : recent.getValueAtPercentile(percentile) / 1000.0;
    }

    /** A percentile (0..100) since start, in milliseconds; 0 when nothing was recorded. */
    public synchronized double totalMillis(double percentile) {
        return total.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The largest latency since start, milliseconds. */
    public synchronized double totalMaxMillis() {
        return total.getMaxValue() / 1000.0;
    }

    /** Number of decisions since start (up to the last snapshot). */
    public synchronized long totalCount() {
        return total.getTotalCount();
    }
}
