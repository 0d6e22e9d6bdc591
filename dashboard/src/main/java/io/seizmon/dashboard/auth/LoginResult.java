package io.seizmon.dashboard.auth;

/** The outcome of one login attempt: {@link Accepted}, {@link Rejected} or {@link Throttled}. */
public sealed interface LoginResult {

    /**
     * The name and password match.
     *
     * @param user the user logged in
     */
    record Accepted(User user) implements LoginResult {
    }

    /** Wrong name or password (which of the two is not said). */
    record Rejected() implements LoginResult {
    }

    /**
     * Refused before the password was checked: too many recent failures for the name or the address.
     *
     * @param retryAfterMillis how long until a login may be tried again, ms, &gt; 0
     */
    record Throttled(long retryAfterMillis) implements LoginResult {
        public Throttled {
            if (retryAfterMillis <= 0) {
                throw new IllegalArgumentException("retryAfterMillis: " + retryAfterMillis + " (expected: > 0)");
            }
        }

        /** The wait in whole seconds, rounded up (for {@code Retry-After}). */
        public long retryAfterSeconds() {
            return (retryAfterMillis + 999) / 1000;
        }
    }
}
