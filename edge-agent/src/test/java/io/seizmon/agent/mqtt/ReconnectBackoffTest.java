package io.seizmon.agent.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    /** A generator that always returns the same double, to pin the jitter at its bounds. */
    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void delaysDoubleUpToTheMaximumWithoutJitter() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(2), 0, fixed(0.7));
        long[] delays = new long[8];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = backoff.nextDelayMillis();
        }
        assertThat(delays).containsExactly(100, 200, 400, 800, 1600, 2000, 2000, 2000);
        backoff.reset();
        assertThat(backoff.nextDelayMillis()).isEqualTo(100);
    }

    @Test
    void jitterStaysWithinItsBoundsOverManyDraws() {
        double jitter = 0.5;
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(30), jitter,
                new SplittableRandom(42));
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int attempt = 0; attempt < 10_000; attempt++) {
            if (attempt % 20 == 0) {
                backoff.reset();
            }
            long base = Math.min(30_000, 100L << (attempt % 20));
            long delay = backoff.nextDelayMillis();
            assertThat(delay).as("attempt %d, base %d", attempt % 20, base)
                    .isBetween(Math.round(base * (1 - jitter)), base);
            if (base == 30_000) {
                min = Math.min(min, delay);
                max = Math.max(max, delay);
            }
        }
        assertThat(min).as("the jitter spreads the delays").isLessThan(16_000);
        assertThat(max).isGreaterThan(29_000);
    }

    @Test
    void extremeDrawsGiveTheBoundsExactly() {
        assertThat(new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.25, fixed(0.0))
                .nextDelayMillis()).isEqualTo(1000);
        assertThat(new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.25, fixed(1.0))
                .nextDelayMillis()).isEqualTo(750);
    }

    @Test
    void manyAttemptsNeverOverflow() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(1), Duration.ofHours(1), 0, fixed(0));
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.nextDelayMillis()).isBetween(1L, 3_600_000L);
        }
    }

    @Test
    void rejectsInvalidSettingsNamingThem() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), 0.5, fixed(0)))
                .hasMessageContaining("min: PT0S");
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5, fixed(0)))
                .hasMessageContaining("max: PT1S (expected: >= min PT2S)");
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5, fixed(0)))
                .hasMessageContaining("jitter: 1.5");
    }
}
