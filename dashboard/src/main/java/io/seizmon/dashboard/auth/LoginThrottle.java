package io.seizmon.dashboard.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Brute-force protection for the login: failed logins are counted per user name and per client address; after
 * {@value #FREE_FAILURES} failures a key is refused for {@value #FIRST_DELAY_MILLIS} ms, a delay that doubles with
 * each further failure up to {@link #MAX_DELAY_MILLIS}. A key's count is forgotten once it has been quiet (no
 * failure, no lockout running) for {@link #WINDOW_MILLIS}; a successful login forgets its user name's count (not
 * its address's). Requests refused during a lockout are not failures: they never reach the password check.
 *
 * <p>Memory is bounded: at most {@code maxKeys} keys (user names and addresses together), least recently used
 * evicted first, so an address that keeps failing stays while a flood of fresh names pushes out idle keys. A name
 * that breaks {@link UserName#RULE} cannot be a user and is counted only under its address.
 *
 * <p>Thread-safe (every method locks this object): the web layer checks on the event loop before queueing a login,
 * and the database worker checks again, hashes, and records the outcome. Each lockout is logged once through the
 * given log (user name or address, the failure count and the delay; never a password, which this class never sees).
 */
public final class LoginThrottle {

    /** Failures a key may have before its first lockout. */
    public static final int FREE_FAILURES = 5;
    /** Lockout after the {@value #FREE_FAILURES}th failure, ms; doubles per further failure. */
    public static final long FIRST_DELAY_MILLIS = 1_000;
    /** Longest lockout, ms (15 min). */
    public static final long MAX_DELAY_MILLIS = 15 * 60_000L;
    /** Quiet time after which a key's failures are forgotten, ms (15 min). */
    public static final long WINDOW_MILLIS = 15 * 60_000L;
    /** Default bound on the number of keys held. */
    public static final int DEFAULT_MAX_KEYS = 10_000;

    private static final String USER = "user ";
    private static final String ADDRESS = "address ";

    private final LongSupplier clockMs;
    private final Consumer<String> log;
    private final Map<String, Failures> keys;
    private long lockouts;
    private long refused;

    /**
     * @param clockMs wall clock, ms since the epoch
     * @param maxKeys most keys held, &gt; 0
     * @param log     receives one line per lockout
     */
    public LoginThrottle(LongSupplier clockMs, int maxKeys, Consumer<String> log) {
        if (maxKeys <= 0) {
            throw new IllegalArgumentException("maxKeys: " + maxKeys + " (expected: > 0)");
        }
        this.clockMs = clockMs;
        this.log = log;
        this.keys = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * How long a login for {@code userName} from {@code address} must still wait, ms; 0 when it may go ahead.
     * A positive answer counts as one refused login.
     */
    public synchronized long retryAfterMillis(String userName, String address) {
        long now = clockMs.getAsLong();
        long wait = Math.max(waitMillis(userKey(userName), now), waitMillis(ADDRESS + address, now));
        if (wait > 0) {
            refused++;
        }
        return wait;
    }

    /** Records a failed login (wrong name or password) for both keys; logs each lockout it starts. */
    public synchronized void onFailure(String userName, String address) {
        long now = clockMs.getAsLong();
        String userKey = userKey(userName);
        if (userKey != null) {
            fail(userKey, now);
        }
        fail(ADDRESS + address, now);
    }

    /** Records a successful login: the user name's failures are forgotten. */
    public synchronized void onSuccess(String userName) {
        String userKey = userKey(userName);
        if (userKey != null) {
            keys.remove(userKey);
        }
    }

    /** Lockouts started so far. */
    public synchronized long lockouts() {
        return lockouts;
    }

    /** Logins refused so far because a key was locked out. */
    public synchronized long refused() {
        return refused;
    }

    /** Keys held now (user names and addresses). */
    public synchronized int size() {
        return keys.size();
    }

    private long waitMillis(String key, long now) {
        Failures failures = key == null ? null : keys.get(key);
        return failures == null ? 0 : Math.max(0, failures.lockedUntilMs - now);
    }

    private void fail(String key, long now) {
        Failures failures = keys.get(key);
        if (failures == null || now - Math.max(failures.lastFailureMs, failures.lockedUntilMs) >= WINDOW_MILLIS) {
            failures = new Failures();
            keys.put(key, failures);
        }
        failures.count++;
        failures.lastFailureMs = now;
        if (failures.count >= FREE_FAILURES) {
            long delay = delayMillis(failures.count);
            failures.lockedUntilMs = now + delay;
            lockouts++;
            log.accept("dashboard: login locked for " + delay / 1000 + " s after " + failures.count
                    + " failed logins: " + key);
        }
    }

    /** The lockout after the {@code count}th failure (count &ge; {@value #FREE_FAILURES}), ms. */
    static long delayMillis(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 30);
        return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << doublings);
    }

    /** The key of a user name, or null when the name cannot be a user's (it is then not counted or logged). */
    private static String userKey(String userName) {
        return UserName.isValid(userName) ? USER + userName : null;
    }

    /** One key's failures; guarded by the throttle's lock. */
    private static final class Failures {
        int count;
        long lastFailureMs;
        long lockedUntilMs;
    }
}
