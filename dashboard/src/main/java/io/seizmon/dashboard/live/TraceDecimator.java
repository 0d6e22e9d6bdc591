package io.seizmon.dashboard.live;

import io.seizmon.core.wire.EegFrame;
import java.util.Arrays;

/**
 * Reduces one stream's samples to a fixed number of points per second per channel, so a browser draws the same
 * amount whatever the sample rate: per column of {@code 2 / pointsPerSecond} seconds it keeps the minimum and the
 * maximum of each channel (two points: the column's start and its middle), which keeps spikes visible.
 *
 * <p>Gaps are kept: a frame whose first sample is not where the previous frame ended (within 1.5 sample periods)
 * adds a NaN point at the old end, so the trace breaks instead of bridging. Columns are aligned to absolute time;
 * the last, still open column is emitted when a later sample closes it.
 *
 * <p>Not thread-safe: one owner thread (the dashboard's event loop). Nothing is allocated per sample; pending
 * points live in arrays that grow to at most {@code maxPending} points (older points are dropped beyond).
 */
public final class TraceDecimator {

    private final int channelCount;
    private final long columnMicros;
    private final int maxPending;
    private final float[] min;
    private final float[] max;
    private long column = Long.MIN_VALUE;
    private long lastEndMicros = Long.MIN_VALUE;
    private long lastSequence = Long.MIN_VALUE;
    private double[] times;
    private float[][] values;
    private int pending;

    /**
     * @param channelCount    channels of the stream, &ge; 1
     * @param pointsPerSecond points per second per channel, 2..100000
     * @param maxPending      most points held between drains, &ge; 16
     */
    public TraceDecimator(int channelCount, int pointsPerSecond, int maxPending) {
        if (channelCount < 1) {
            throw new IllegalArgumentException("channelCount: " + channelCount + " (expected: >= 1)");
        }
        if (pointsPerSecond < 2 || pointsPerSecond > 100_000) {
            throw new IllegalArgumentException("pointsPerSecond: " + pointsPerSecond + " (expected: 2..100000)");
        }
        if (maxPending < 16) {
            throw new IllegalArgumentException("maxPending: " + maxPending + " (expected: >= 16)");
        }
        this.channelCount = channelCount;
        this.columnMicros = 2_000_000L / pointsPerSecond;
        this.maxPending = maxPending;
        this.min = new float[channelCount];
        this.max = new float[channelCount];
        this.times = new double[64];
        this.values = new float[channelCount][64];
    }

    /** The channel count this decimator was made for. */
    public int channelCount() {
        return channelCount;
    }

    /**
     * Adds a frame of this stream. A frame whose sequence is not above the last one is a redelivery and ignored.
     *
     * @throws IllegalArgumentException when the frame's channel count differs
     */
    public void append(EegFrame frame) {
        if (frame.channelCount() != channelCount) {
            throw new IllegalArgumentException("frame channels: " + frame.channelCount() + " (expected: "
                    + channelCount + ")");
        }
        if (frame.sequence() <= lastSequence && lastSequence != Long.MIN_VALUE) {
            return;
        }
        lastSequence = frame.sequence();
        long first = frame.firstSampleMicros();
        if (lastEndMicros != Long.MIN_VALUE) {
            double toleranceMicros = 1.5e6 / frame.sampleRateHz();
            if (Math.abs(first - lastEndMicros) > toleranceMicros) {
                closeColumn();
                addPoint(lastEndMicros / 1e6, null);
            }
        }
        double microsPerSample = 1e6 / frame.sampleRateHz();
        for (int i = 0; i < frame.samplesPerChannel(); i++) {
            long t = first + Math.round(i * microsPerSample);
            long c = Math.floorDiv(t, columnMicros);
            if (c != column) {
                closeColumn();
                column = c;
                Arrays.fill(min, Float.POSITIVE_INFINITY);
                Arrays.fill(max, Float.NEGATIVE_INFINITY);
            }
            int base = i * channelCount;
            float[] samples = frame.samples();
            for (int ch = 0; ch < channelCount; ch++) {
                float v = samples[base + ch];
                min[ch] = Math.min(min[ch], v);
                max[ch] = Math.max(max[ch], v);
            }
        }
        lastEndMicros = frame.endMicros();
    }

    /** Returns the points since the last drain (possibly none) and forgets them. */
    public TraceBatch drain() {
        double[] t = Arrays.copyOf(times, pending);
        float[][] v = new float[channelCount][];
        for (int ch = 0; ch < channelCount; ch++) {
            v[ch] = Arrays.copyOf(values[ch], pending);
        }
        pending = 0;
        return new TraceBatch(t, v);
    }

    /** Whether points wait for {@link #drain()}. */
    public boolean hasPending() {
        return pending > 0;
    }

    private void closeColumn() {
        if (column == Long.MIN_VALUE) {
            return;
        }
        double start = column * columnMicros / 1e6;
        addPoint(start, min);
        addPoint(start + columnMicros / 2e6, max);
        column = Long.MIN_VALUE;
    }

    private void addPoint(double timeSeconds, float[] channelValues) {
        if (pending == maxPending) {
            shiftOutOldest();
        }
        if (pending == times.length) {
            int size = Math.min(maxPending, times.length * 2);
            times = Arrays.copyOf(times, size);
            for (int ch = 0; ch < channelCount; ch++) {
                values[ch] = Arrays.copyOf(values[ch], size);
            }
        }
        times[pending] = timeSeconds;
        for (int ch = 0; ch < channelCount; ch++) {
            values[ch][pending] = channelValues == null ? Float.NaN : channelValues[ch];
        }
        pending++;
    }

    private void shiftOutOldest() {
        int keep = pending / 2;
        System.arraycopy(times, pending - keep, times, 0, keep);
        for (int ch = 0; ch < channelCount; ch++) {
            System.arraycopy(values[ch], pending - keep, values[ch], 0, keep);
        }
        pending = keep;
        for (int ch = 0; ch < channelCount; ch++) {
            values[ch][0] = Float.NaN; // the dropped stretch shows as a gap
        }
    }
}
