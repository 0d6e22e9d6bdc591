package io.seizmon.core.window;

/**
 * A read-only view of one window of one stream: the last {@code windowSamples} samples of every channel.
 *
 * <p>The view belongs to its {@link WindowAssembler} and is reused for every window; it is valid only during
 * {@link WindowSink#onWindow}. Copy what you need out of it with {@link #copyChannel}. Sample {@code i}
 * (0 = oldest) of a channel was taken at {@code startMicros + round(i * 1e6 / sampleRateHz)}.
 */
public final class Window {

    private final String subjectId;
    private final boolean simulated;
    private final WindowSpec spec;
    private final float[][] ring;
    private int oldest;
    private long index;
    private long startMicros;
    private long run;

    Window(String subjectId, boolean simulated, WindowSpec spec, float[][] ring) {
        this.subjectId = subjectId;
        this.simulated = simulated;
        this.spec = spec;
        this.ring = ring;
    }

    void moveTo(int oldestPosition, long windowIndex, long windowStartMicros, long runNumber) {
        this.oldest = oldestPosition;
        this.index = windowIndex;
        this.startMicros = windowStartMicros;
        this.run = runNumber;
    }

    /** The stream's subject. */
    public String subjectId() {
        return subjectId;
    }

    /** True when the stream is simulated. */
    public boolean simulated() {
        return simulated;
    }

    /** The window geometry. */
    public WindowSpec spec() {
        return spec;
    }

    /** Number of channels. */
    public int channelCount() {
        return ring.length;
    }

    /** Number of samples per channel ({@code spec().windowSamples()}). */
    public int length() {
        return spec.windowSamples();
    }

    /** Index of this window in its stream, counting from 0 across gaps. */
    public long index() {
        return index;
    }

    /**
     * Number of the continuous run this window belongs to: 0 for the stream's first run, one more after every gap.
     * Two windows of one assembler with the same run and consecutive {@link #index()}es are exactly
     * {@code spec().hopSamples()} apart in the stream.
     */
    public long run() {
        return run;
    }

    /** Time of the window's first sample, µs since epoch. */
    public long startMicros() {
        return startMicros;
    }

    /** Time just after the window's last sample, µs since epoch. */
    public long endMicros() {
        return startMicros + spec.samplesToMicros(spec.windowSamples());
    }

    /** Returns sample {@code i} (0 = oldest) of {@code channel}, in µV. */
    public float sample(int i, int channel) {
        float[] r = ring[channel];
        int p = oldest + i;
        return r[p >= r.length ? p - r.length : p];
    }

    /**
     * Copies one channel's samples, oldest first, into {@code dst[offset .. offset + length())}.
     *
     * @throws IndexOutOfBoundsException if the destination is too short
     */
    public void copyChannel(int channel, double[] dst, int offset) {
        float[] r = ring[channel];
        int n = r.length;
        int first = n - oldest;
        if (offset < 0 || offset + n > dst.length) {
            throw new IndexOutOfBoundsException("dst: length " + dst.length + ", offset " + offset
                    + " (expected: room for " + n + " samples)");
        }
        for (int i = 0; i < first; i++) {
            dst[offset + i] = r[oldest + i];
        }
        for (int i = first; i < n; i++) {
            dst[offset + i] = r[i - first];
        }
    }

    /**
     * Copies samples {@code from .. from + count - 1} (0 = oldest) of one channel into
     * {@code dst[offset .. offset + count)}.
     *
     * @throws IndexOutOfBoundsException if the range is outside the window or the destination is too short
     */
    public void copyChannel(int channel, int from, int count, double[] dst, int offset) {
        float[] r = ring[channel];
        int n = r.length;
        if (from < 0 || count < 0 || from > n - count || offset < 0 || offset > dst.length - count) {
            throw new IndexOutOfBoundsException("samples " + from + " + " + count + " of " + n + " into dst length "
                    + dst.length + " at offset " + offset);
        }
        int p = oldest + from >= n ? oldest + from - n : oldest + from;
        int firstPart = Math.min(count, n - p);
        for (int i = 0; i < firstPart; i++) {
            dst[offset + i] = r[p + i];
        }
        for (int i = firstPart; i < count; i++) {
            dst[offset + i] = r[i - firstPart];
        }
    }
}
