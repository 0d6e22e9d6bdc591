package io.seizmon.simulator.pacing;

/**
 * The time source a replay is paced by: the system clock in production, a {@link VirtualReplayClock} in tests, so
 * that pacing is tested without sleeping.
 *
 * <p>Implementations are thread-safe: every stream thread of a replay parks on the same clock.
 */
public interface ReplayClock {

    /** Returns monotonic time in nanoseconds, for schedules; only differences are meaningful. */
    long nanoTime();

    /** Returns wall-clock time in microseconds since 1970-01-01T00:00Z, for the streams' time base. */
    long epochMicros();

    /**
     * Returns once {@link #nanoTime()} &ge; {@code deadlineNanos}; at once if that is already so.
     *
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    void parkUntil(long deadlineNanos) throws InterruptedException;

    /** Returns the system clock ({@link SystemReplayClock}). */
    static ReplayClock system() {
        return SystemReplayClock.INSTANCE;
    }
}
