package io.seizmon.simulator.live;

import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.simulator.source.SampleSource;
import java.util.List;

/**
 * An in-memory source for tests: channel {@code c} of sample {@code i} is {@code value(i, c)}, computed, so an hour
 * at 173.61 Hz needs no memory. Reads return at most {@code maxRead} samples, to exercise partial reads.
 */
final class ArraySource implements SampleSource {

    private final double sampleRateHz;
    private final int channels;
    private final long totalSamples;
    private final List<LabelledEvent> events;
    private final int maxRead;
    private long next;
    private boolean closed;

    ArraySource(double sampleRateHz, int channels, long totalSamples, List<LabelledEvent> events, int maxRead) {
        this.sampleRateHz = sampleRateHz;
        this.channels = channels;
        this.totalSamples = totalSamples;
        this.events = events;
        this.maxRead = maxRead;
    }

    /** The value every test expects at sample {@code i} of channel {@code c}: exact in float32. */
    static float value(long i, int c) {
        return (float) ((i % 10_000) * 0.25 - c * 1000);
    }

    @Override
    public String name() {
        return "array source";
    }

    @Override
    public double sampleRateHz() {
        return sampleRateHz;
    }

    @Override
    public List<String> channelLabels() {
        return java.util.stream.IntStream.range(0, channels).mapToObj(c -> "c" + c).toList();
    }

    @Override
    public double durationSeconds() {
        return totalSamples / sampleRateHz;
    }

    @Override
    public List<LabelledEvent> events() {
        return events;
    }

    @Override
    public int read(float[] dst, int maxSamples) {
        int n = (int) Math.min(Math.min(maxSamples, maxRead), totalSamples - next);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels; c++) {
                dst[i * channels + c] = value(next + i, c);
            }
        }
        next += n;
        return n;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
