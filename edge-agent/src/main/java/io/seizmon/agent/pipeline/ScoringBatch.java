package io.seizmon.agent.pipeline;

/**
 * Feature rows of ready windows, across streams, waiting for one inference call: row {@code r} is
 * {@code features()[r * binCount .. (r + 1) * binCount)}, owned by stream {@code stream(r)}, channel
 * {@code channel(r)}. Preallocated for {@code capacity} rows; nothing is allocated per row.
 *
 * <p>Threading: owned by the pipeline thread.
 */
final class ScoringBatch {

    private final int capacity;
    private final int binCount;
    private final float[] features;
    private final float[] probabilities;
    private final StreamState[] streams;
    private final int[] channels;
    private int size;

    ScoringBatch(int capacity, int binCount) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: " + capacity + " (expected: >= 1)");
        }
        this.capacity = capacity;
        this.binCount = binCount;
        this.features = new float[capacity * binCount];
        this.probabilities = new float[capacity];
        this.streams = new StreamState[capacity];
        this.channels = new int[capacity];
    }

    /** Offset in {@link #features()} where the next row goes. */
    int nextOffset() {
        return size * binCount;
    }

    /** Claims the next row (whose features were written at {@link #nextOffset()}) for a stream's channel. */
    void add(StreamState stream, int channel) {
        streams[size] = stream;
        channels[size] = channel;
        size++;
    }

    boolean isFull() {
        return size == capacity;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    float[] features() {
        return features;
    }

    float[] probabilities() {
        return probabilities;
    }

    StreamState stream(int row) {
        return streams[row];
    }

    int channel(int row) {
        return channels[row];
    }

    void clear() {
        java.util.Arrays.fill(streams, 0, size, null);
        size = 0;
    }
}
