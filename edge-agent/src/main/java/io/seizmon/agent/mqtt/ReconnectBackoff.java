package io.seizmon.agent.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Jittered exponential back-off for reconnecting: attempt {@code n} (from 0) waits
 * {@code d = min(max, min * 2^n)} scaled by a random factor in {@code [1 - jitter, 1]}, so a fleet of agents that
 * lost the same broker does not come back in lock step (Paho's own back-off is fixed and shared per JVM).
 * {@link #reset} after a successful connection. Not thread-safe: one reconnect loop owns it.
 */
public final class ReconnectBackoff {

    private final long minMillis;
    private final long maxMillis;
    private final double jitter;
    private final RandomGenerator random;
    private int attempt;

    /**
     * @param jitter fraction of each delay drawn at random, 0 to 1
     * @throws IllegalArgumentException when min &lt; 1 ms, max &lt; min or jitter is outside 0..1
     */
    public ReconnectBackoff(Duration min, Duration max, double jitter, RandomGenerator random) {
        this.minMillis = min.toMillis();
        this.maxMillis = max.toMillis();
        if (minMillis < 1) {
            throw new IllegalArgumentException("min: " + min + " (expected: >= 1 ms)");
        }
        if (maxMillis < minMillis) {
            throw new IllegalArgumentException("max: " + max + " (expected: >= min " + min + ")");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter: " + jitter + " (expected: 0 to 1)");
        }
        this.jitter = jitter;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Returns the delay before the next attempt, in milliseconds, and counts the attempt. */
    public long nextDelayMillis() {
        long base = attempt >= 62 ? maxMillis : Math.min(maxMillis, minMillis << Math.min(attempt, 40));
        if (base < 0) {
            base = maxMillis;
        }
        attempt++;
        double factor = 1 - jitter * random.nextDouble();
        return Math.max(1, Math.round(base * factor));
    }

    /** Number of attempts since the last {@link #reset}. */
    public int attempts() {
        return attempt;
    }

    /** Starts again from the shortest delay. */
    public void reset() {
        attempt = 0;
    }
}
