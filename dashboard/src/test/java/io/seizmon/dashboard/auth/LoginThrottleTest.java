package io.seizmon.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Thresholds, doubling, cap, forgetting, reset on success, keys and the memory bound, on an injected clock. */
class LoginThrottleTest {

    private final AtomicLong clockMs = new AtomicLong(1_800_000_000_000L);
    private final List<String> log = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(clockMs::get, 100, log::add);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.retryAfterMillis(user, address)).as("failure %d", i + 1).isZero();
            throttle.onFailure(user, address);
        }
    }

    @Test
    void fourFailuresAreFreeTheFifthLocksForOneSecond() {
        fail("olivia", "10.0.0.1", 4);
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).isZero();
        assertThat(throttle.lockouts()).isZero();
        throttle.onFailure("olivia", "10.0.0.1");
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).isEqualTo(1_000);
        clockMs.addAndGet(999);
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).isEqualTo(1);
        clockMs.addAndGet(1);
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).isZero();
        assertThat(throttle.refused()).isEqualTo(2);
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToFifteenMinutes() {
        fail("olivia", "10.0.0.1", 4);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            throttle.onFailure("olivia", "10.0.0.1");
            long wait = throttle.retryAfterMillis("olivia", "10.0.0.1");
            delays.add(wait);
            clockMs.addAndGet(wait);
        }
        assertThat(delays).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L, 64_000L, 128_000L,
                256_000L, 512_000L, 900_000L, 900_000L, 900_000L, 900_000L);
        assertThat(LoginThrottle.delayMillis(Integer.MAX_VALUE)).isEqualTo(LoginThrottle.MAX_DELAY_MILLIS);
    }

    @Test
    void failuresAreForgottenAfterFifteenQuietMinutesButNotBefore() {
        fail("olivia", "10.0.0.1", 4);
        clockMs.addAndGet(LoginThrottle.WINDOW_MILLIS - 1);
        throttle.onFailure("olivia", "10.0.0.1");
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).as("fifth within the window").isEqualTo(1_000);

        clockMs.addAndGet(1_000 + LoginThrottle.WINDOW_MILLIS);
        fail("olivia", "10.0.0.1", 4);
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).as("count restarted").isZero();
    }

    @Test
    void aSuccessResetsTheUserNameButNotTheAddress() {
        fail("olivia", "10.0.0.1", 4);
        fail("victor", "10.0.0.2", 4);
        throttle.onSuccess("olivia");
        throttle.onFailure("olivia", "10.0.0.3");
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.3")).as("olivia's count restarted").isZero();
        throttle.onFailure("victor", "10.0.0.1");
        assertThat(throttle.retryAfterMillis("nobody", "10.0.0.1")).as("address 10.0.0.1: 5 failures").isPositive();
    }

    @Test
    void oneAddressTryingManyNamesIsLockedAndOneNameTriedFromManyAddressesIsLocked() {
        for (int i = 0; i < 5; i++) {
            throttle.onFailure("name" + i, "10.0.0.9");
        }
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.9")).isEqualTo(1_000);
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.8")).as("other address, other name").isZero();

        for (int i = 0; i < 5; i++) {
            throttle.onFailure("victor", "10.1.0." + i);
        }
        assertThat(throttle.retryAfterMillis("victor", "10.2.0.1")).isEqualTo(1_000);
        assertThat(throttle.retryAfterMillis("olivia", "10.2.0.1")).isZero();
    }

    @Test
    void namesThatCannotBeUsersCountOnlyUnderTheAddress() {
        String bad = "x\nforged log line";
        for (int i = 0; i < 5; i++) {
            throttle.onFailure(bad, "10.0.0." + i);
        }
        assertThat(throttle.retryAfterMillis(bad, "10.0.0.99")).isZero();
        assertThat(throttle.size()).isEqualTo(5);
        assertThat(log).isEmpty();
    }

    @Test
    void eachLockoutIsLoggedOnceNamingTheKey() {
        fail("olivia", "10.0.0.1", 5);
        throttle.retryAfterMillis("olivia", "10.0.0.1");
        throttle.retryAfterMillis("olivia", "10.0.0.1");
        assertThat(log).containsExactly(
                "dashboard: login locked for 1 s after 5 failed logins: user olivia",
                "dashboard: login locked for 1 s after 5 failed logins: address 10.0.0.1");
        assertThat(throttle.lockouts()).isEqualTo(2);
    }

    @Test
    void keysAreBoundedAndTheLeastRecentlyUsedGoFirst() {
        fail("olivia", "10.0.0.1", 4);
        for (int i = 0; i < 200; i++) {
            throttle.onFailure("name" + i, "10.0.0.1"); // the address stays in use: it survives
            assertThat(throttle.size()).isLessThanOrEqualTo(100);
        }
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.2")).as("olivia's count was evicted").isZero();
        assertThat(throttle.retryAfterMillis("olivia", "10.0.0.1")).as("the address is locked").isPositive();
    }

    @Test
    void rejectsANonPositiveBound() {
        assertThatThrownBy(() -> new LoginThrottle(clockMs::get, 0, log::add))
                .hasMessage("maxKeys: 0 (expected: > 0)");
    }
}
