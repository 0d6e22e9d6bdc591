package io.seizmon.simulator.live;

/**
 * Counters of one stream: written by its stream thread only, read by anyone (the progress line, the summary).
 * Single writer, so plain increments of volatile fields are safe.
 */
public final class StreamStats {

    private final boolean paced;
    private volatile long frames;
    private volatile long samples;
    private volatile long bytes;
    private volatile long events;
    private volatile long eventsSkipped;
    private volatile long maxLagNanos;
    private volatile long lastLagNanos;
    private volatile int passes = 1;

    /**
     * A consistent-enough copy for reports.
     *
     * @param frames        frames published
     * @param samples       samples per channel published (also the index of the next sample)
     * @param bytes         frame payload bytes published
     * @param events        truth events published
     * @param eventsSkipped events whose onset lies after the end of the data, not published
     * @param maxLagNanos   largest (publish return time − due time) of a frame; 0 at max speed
     * @param lastLagNanos  the same for the last frame: the replay's drift at its end; 0 at max speed
     * @param passes        passes over the source (more than 1 with {@code --loop})
     * @param paced         false at max speed, where lag is not measured
     */
    public record Snapshot(long frames, long samples, long bytes, long events, long eventsSkipped, long maxLagNanos,
                           long lastLagNanos, int passes, boolean paced) {
    }

    StreamStats(boolean paced) {
        this.paced = paced;
    }

    void onFrame(int samplesPerChannel, int payloadBytes, long lagNanos) {
        frames++;
        samples += samplesPerChannel;
        bytes += payloadBytes;
        if (paced) {
            lastLagNanos = lagNanos;
            maxLagNanos = Math.max(maxLagNanos, lagNanos);
        }
    }

    void onEvent() {
        events++;
    }

    void onEventsSkipped(int count) {
        eventsSkipped += count;
    }

    void onPass() {
        passes++;
    }

    /** Returns the current counts. */
    public Snapshot snapshot() {
        return new Snapshot(frames, samples, bytes, events, eventsSkipped, maxLagNanos, lastLagNanos, passes,
                paced);
    }
}
