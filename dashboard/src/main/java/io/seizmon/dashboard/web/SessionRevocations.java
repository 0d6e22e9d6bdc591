package io.seizmon.dashboard.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which logins no longer count: after a user's password is changed or the user is removed, every session of that
 * user that logged in before is logged out. Logins and revocations draw numbers from one counter, so "before" is an
 * order of events, not a clock reading (two events in the same millisecond are still ordered). Both are drawn on the
 * database worker, in the order the logins' password checks and the user changes ran there.
 *
 * <p>Thread-safe. In memory, like the sessions themselves; at most one entry per user name ever revoked (bounded by
 * the users the database has had since the start).
 */
final class SessionRevocations {

    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Long> revokedBefore = new ConcurrentHashMap<>();

    /** A number for a login whose password was just checked, to be kept in its session. */
    long nextLogin() {
        return counter.incrementAndGet();
    }

    /** Logs out every login of {@code name} numbered before now. */
    void revoke(String name) {
        revokedBefore.put(name, counter.incrementAndGet());
    }

    /** Whether the login of {@code name} numbered {@code login} has been revoked since. */
    boolean isRevoked(String name, long login) {
        Long before = revokedBefore.get(name);
        return before != null && login < before;
    }
}
