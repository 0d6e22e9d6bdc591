package io.seizmon.simulator.pacing;

/**
 * A clock whose time moves only when someone waits on it or {@link #advance advances} it: a park jumps straight to
 * its deadline, so a replay paced by this clock runs as fast as the code does, while every publish happens at the
 * virtual time its schedule gave it. For tests: an hour of 1× replay checks its schedule in milliseconds.
 *
 * <p>With several threads the time is shared and only moves forward: a park to a deadline already passed returns
 * at once. Thread-safe.
 */
public final class VirtualReplayClock implements ReplayClock {

    private final long epochMicrosAtZero;
    private long nanos;

    /** Creates a clock at virtual time 0, whose wall clock reads {@code epochMicrosAtZero} then. */
    public VirtualReplayClock(long epochMicrosAtZero) {
        this.epochMicrosAtZero = epochMicrosAtZero;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized long epochMicros() {
        return epochMicrosAtZero + Math.floorDiv(nanos, 1000);
    }

    @Override
    public synchronized void parkUntil(long deadlineNanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted while waiting for the replay schedule");
        }
        nanos = Math.max(nanos, deadlineNanos);
    }

    /** Moves time forward by {@code deltaNanos} &ge; 0, as work that takes time would. */
    public synchronized void advance(long deltaNanos) {
        if (deltaNanos < 0) {
            throw new IllegalArgumentException("deltaNanos: " + deltaNanos + " (expected: >= 0)");
        }
        nanos += deltaNanos;
    }
}
