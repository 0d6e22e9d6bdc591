package io.seizmon.simulator.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ChunkScheduleTest {

    @Test
    void cutsNonIntegerRatesFromCumulativeIndicesSoAnHourEndsOnTheExactSample() {
        ChunkSchedule schedule = new ChunkSchedule(173.61, 100, ReplaySpeed.REAL_TIME);
        long total = 0;
        for (long k = 0; k < 36_000; k++) {
            int n = schedule.samplesIn(k);
            assertThat(n).isBetween(17, 18);
            assertThat(schedule.firstSample(k)).isEqualTo(total);
            total += n;
        }
        assertThat(total).isEqualTo(Math.round(3600 * 173.61));
        assertThat(schedule.maxSamplesPerChunk()).isEqualTo(18);
    }

    @Test
    void dueTimesComeFromTheSampleIndexAndTheSpeed() {
        ChunkSchedule real = new ChunkSchedule(173.61, 100, ReplaySpeed.REAL_TIME);
        ChunkSchedule fast = new ChunkSchedule(173.61, 100, new ReplaySpeed(10));
        long sample = real.firstSample(35_999);
        assertThat(real.dueNanos(sample)).isEqualTo(Math.round(sample / 173.61 * 1e9));
        assertThat(fast.dueNanos(sample)).isEqualTo(Math.round(sample / 173.61 / 10 * 1e9));
        assertThat(real.sampleMicros(sample)).isEqualTo(Math.round(sample * 1e6 / 173.61));
        assertThat(real.dueNanosAt(-2.5)).isZero();
        assertThat(new ChunkSchedule(173.61, 100, ReplaySpeed.MAX).dueNanos(sample)).isZero();
    }

    @Test
    void refusesChunksWithoutASampleAndBadRates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChunkSchedule(4, 100, ReplaySpeed.MAX))
                .withMessage("chunkMillis: 100 (expected: >= 1 and at least one sample per chunk at 4.0 Hz, i.e. "
                        + ">= 250)");
        assertThatIllegalArgumentException().isThrownBy(() -> new ChunkSchedule(0, 100, ReplaySpeed.MAX))
                .withMessage("sampleRateHz: 0.0 (expected: finite and > 0)");
    }

    @Test
    void parsesSpeeds() {
        assertThat(ReplaySpeed.parse("max")).isEqualTo(ReplaySpeed.MAX);
        assertThat(ReplaySpeed.parse(" 10 ").factor()).isEqualTo(10);
        assertThat(ReplaySpeed.parse("0.5")).hasToString("0.5x");
        assertThat(ReplaySpeed.MAX.isMax()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> ReplaySpeed.parse("0"))
                .withMessage("speed: '0' (expected: a number > 0 such as 1 or 10, or max)");
        assertThatIllegalArgumentException().isThrownBy(() -> ReplaySpeed.parse("NaN"));
    }

    @Test
    void virtualClockJumpsToDeadlinesAndOnlyMovesForward() throws InterruptedException {
        VirtualReplayClock clock = new VirtualReplayClock(1_000_000);
        clock.parkUntil(5_000);
        assertThat(clock.nanoTime()).isEqualTo(5_000);
        clock.parkUntil(1_000);
        assertThat(clock.nanoTime()).isEqualTo(5_000);
        clock.advance(2_000);
        assertThat(clock.epochMicros()).isEqualTo(1_000_007);
    }
}
