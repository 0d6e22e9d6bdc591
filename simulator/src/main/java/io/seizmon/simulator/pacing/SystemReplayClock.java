package io.seizmon.simulator.pacing;

import java.util.concurrent.locks.LockSupport;

/**
 * The real clock: {@link System#nanoTime()} for schedules, {@link System#currentTimeMillis()} for the time base,
 * and {@link LockSupport#parkNanos} to wait, re-parking until the deadline since a park may return early.
 * Stateless and thread-safe.
 */
public final class SystemReplayClock implements ReplayClock {

    static final SystemReplayClock INSTANCE = new SystemReplayClock();

    private SystemReplayClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long epochMicros() {
        return System.currentTimeMillis() * 1000;
    }

    @Override
    public void parkUntil(long deadlineNanos) throws InterruptedException {
        long remaining;
        while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, remaining);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for the replay schedule");
            }
        }
    }
}
