package io.seizmon.dashboard.store;

/**
 * Which events to list; every field may be null for "any".
 *
 * @param subject      subject id (both roots)
 * @param kind         event kind
 * @param fromUs       earliest onset, µs since the epoch, inclusive
 * @param toUs         latest onset, µs since the epoch, exclusive
 * @param acknowledged true: only acknowledged ones; false: only those not acknowledged
 * @param alarmsOnly   true: only high and medium priority
 * @param limit        most rows returned, newest first, 1..{@value #MAX_LIMIT}
 */
public record EventFilter(String subject, String kind, Long fromUs, Long toUs, Boolean acknowledged,
                          boolean alarmsOnly, int limit) {

    /** Most rows one query returns. */
    public static final int MAX_LIMIT = 100_000;
    /** Rows returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 1000;

    public EventFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: " + limit + " (expected: 1.." + MAX_LIMIT + ")");
        }
    }

    /** Every event, up to {@link #DEFAULT_LIMIT}. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, false, DEFAULT_LIMIT);
    }

    /** Alarms nobody has acknowledged yet. */
    public static EventFilter openAlarms() {
        return new EventFilter(null, null, null, null, false, true, MAX_LIMIT);
    }
}
