package io.seizmon.simulator.pacing;

import java.util.Objects;

/**
 * Where a stream's frames start and when they are due, computed from sample indices so that nothing drifts.
 *
 * <p>Frame {@code k} holds samples {@code firstSample(k) .. firstSample(k + 1) - 1} with
 * {@code firstSample(k) = round(k * chunkMillis * sampleRateHz / 1000)}: at 173.61 Hz and 100 ms the frames hold 17
 * or 18 samples and frame 36 000 starts at exactly sample round(3600 s × 173.61 Hz). A sample with index {@code i}
 * (from the stream's first sample) is due {@code round(i / sampleRateHz / speed × 1e9)} ns after the replay's start
 * and stamped {@code round(i × 1e6 / sampleRateHz)} µs after the stream's time base. Since each due time is derived
 * from an index and never from the previous one, per-frame costs and rounding do not accumulate.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChunkSchedule {

    private final double sampleRateHz;
    private final long chunkMillis;
    private final ReplaySpeed speed;
    private final int maxSamplesPerChunk;

    /**
     * @throws IllegalArgumentException when the rate is not finite and &gt; 0, or a chunk would hold no sample
     */
    public ChunkSchedule(double sampleRateHz, int chunkMillis, ReplaySpeed speed) {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: finite and > 0)");
        }
        double perChunk = chunkMillis * sampleRateHz / 1000;
        if (chunkMillis < 1 || perChunk < 1) {
            throw new IllegalArgumentException("chunkMillis: " + chunkMillis + " (expected: >= 1 and at least one "
                    + "sample per chunk at " + sampleRateHz + " Hz, i.e. >= " + (long) Math.ceil(1000 / sampleRateHz)
                    + ")");
        }
        this.sampleRateHz = sampleRateHz;
        this.chunkMillis = chunkMillis;
        this.speed = Objects.requireNonNull(speed, "speed");
        this.maxSamplesPerChunk = (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(perChunk));
    }

    /** Returns the index of the first sample of frame {@code k} &ge; 0. */
    public long firstSample(long k) {
        return Math.round(k * chunkMillis * sampleRateHz / 1000);
    }

    /** Returns the number of samples per channel of frame {@code k}: {@code firstSample(k + 1) - firstSample(k)}. */
    public int samplesIn(long k) {
        return (int) (firstSample(k + 1) - firstSample(k));
    }

    /** Returns the most samples per channel any frame holds: {@code ceil(chunkMillis × sampleRateHz / 1000)}. */
    public int maxSamplesPerChunk() {
        return maxSamplesPerChunk;
    }

    /** Returns when sample {@code sampleIndex} is due, ns after the replay's start; 0 for every sample at max. */
    public long dueNanos(long sampleIndex) {
        return dueNanosAt(sampleIndex / sampleRateHz);
    }

    /** Returns when recording time {@code seconds} (from the stream's first sample) is due, ns; 0 for times &le; 0. */
    public long dueNanosAt(double seconds) {
        if (speed.isMax() || seconds <= 0) {
            return 0;
        }
        return Math.round(seconds / speed.factor() * 1e9);
    }

    /** Returns the time stamp offset of sample {@code sampleIndex}, µs after the stream's first sample. */
    public long sampleMicros(long sampleIndex) {
        return Math.round(sampleIndex * 1e6 / sampleRateHz);
    }

    /** Returns the sample rate, Hz. */
    public double sampleRateHz() {
        return sampleRateHz;
    }

    /** Returns the speed. */
    public ReplaySpeed speed() {
        return speed;
    }
}
