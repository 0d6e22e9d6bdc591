package io.seizmon.agent.pipeline;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded hand-over from the MQTT callback to the pipeline thread, bounded twice: by items and by queued
 * samples (all channels), so memory stays bounded whatever the frame size.
 *
 * <p>{@link #offer} never blocks and never throws: when either bound is reached the frame is not queued and is
 * counted as overflow for its stream; the pipeline collects the count with {@link #takeOverflow} and records the
 * hole as a gap. Metadata is always queued within the item bound (it is small and rare).
 *
 * <p>Threading: one or more producers (Paho's callback thread), one consumer (the pipeline thread).
 */
public final class IngestQueue implements IngestTarget {

    private final ArrayBlockingQueue<Ingest> queue;
    private final long maxSamples;
    private final AtomicLong queuedSamples = new AtomicLong();
    private final AtomicLong overflowTotal = new AtomicLong();
    private final Map<StreamKey, AtomicLong> overflow = new ConcurrentHashMap<>();

    /**
     * @param capacity   most items queued
     * @param maxSamples most frame samples (channels x samples per channel, summed) queued
     */
    public IngestQueue(int capacity, long maxSamples) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: " + capacity + " (expected: >= 1)");
        }
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples: " + maxSamples + " (expected: >= 1)");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxSamples = maxSamples;
    }

    /** Queues the item; returns false (and counts the overflow for its stream) when the queue is full. */
    @Override
    public boolean offer(Ingest item) {
        long samples = samples(item);
        if (queuedSamples.addAndGet(samples) > maxSamples && samples > 0) {
            queuedSamples.addAndGet(-samples);
            return overflowed(item.key());
        }
        if (!queue.offer(item)) {
            queuedSamples.addAndGet(-samples);
            return overflowed(item.key());
        }
        return true;
    }

    /** Waits up to {@code timeoutMillis} for the next item; null when none came. */
    public Ingest poll(long timeoutMillis) throws InterruptedException {
        Ingest item = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (item != null) {
            queuedSamples.addAndGet(-samples(item));
        }
        return item;
    }

    /** True when nothing is queued. */
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Items queued now. */
    public int size() {
        return queue.size();
    }

    /** Returns and resets the number of frames of {@code key} lost to overflow since the last call. */
    public long takeOverflow(StreamKey key) {
        AtomicLong count = overflow.get(key);
        return count == null ? 0 : count.getAndSet(0);
    }

    /** Frames lost to overflow since start, all streams. */
    public long overflowTotal() {
        return overflowTotal.get();
    }

    private boolean overflowed(StreamKey key) {
        overflow.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        overflowTotal.incrementAndGet();
        return false;
    }

    private static long samples(Ingest item) {
        return item instanceof Ingest.Frame f ? (long) f.frame().channelCount() * f.frame().samplesPerChannel() : 0;
    }
}
