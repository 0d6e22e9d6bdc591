package io.seizmon.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.wire.EegFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandPowerStripTest {

    private static final double RATE_HZ = 256;

    /** Frames of 0.25 s: a sine of {@code hz} on channel 0, noise-free. */
    private static EegFrame frame(long sequence, long firstUs, double hz) {
        float[] samples = new float[64 * 2];
        for (int i = 0; i < 64; i++) {
            double t = (firstUs + i * 1e6 / RATE_HZ) / 1e6;
            samples[2 * i] = (float) (50 * Math.sin(2 * Math.PI * hz * t));
        }
        return new EegFrame("cage-01", true, sequence, firstUs, RATE_HZ, 2, 64, samples);
    }

    @Test
    void aTenHertzSineIsAlpha() {
        BandPowerStrip strip = new BandPowerStrip(RATE_HZ);
        for (int f = 0; f < 12; f++) {
            strip.append(frame(f, f * 250_000L, 10));
        }
        List<BandPowerStrip.BandPoint> points = strip.drain();
        assertThat(points).hasSize(2); // first full 2-s window at 2 s, then one per second
        assertThat(points.get(0).endSeconds()).isEqualTo(2.0);
        assertThat(points.get(1).endSeconds()).isEqualTo(3.0);
        double[] shares = points.get(1).shares();
        assertThat(shares[2]).as("alpha share").isGreaterThan(0.95);
        assertThat(shares[0] + shares[1] + shares[2] + shares[3] + shares[4]).isCloseTo(1.0, within(0.02));
        assertThat(strip.drain()).isEmpty();
    }

    @Test
    void aThreeHertzSineIsDelta() {
        BandPowerStrip strip = new BandPowerStrip(RATE_HZ);
        for (int f = 0; f < 8; f++) {
            strip.append(frame(f, f * 250_000L, 3));
        }
        double[] shares = strip.drain().get(0).shares();
        // 1-s Hann segments leak about one 1-Hz bin: part of 3 Hz lands in bin 4 (theta)
        assertThat(shares[0]).as("delta share").isGreaterThan(0.75).isGreaterThan(shares[1] + shares[2] + shares[3]);
    }

    @Test
    void aGapRestartsTheWindow() {
        BandPowerStrip strip = new BandPowerStrip(RATE_HZ);
        for (int f = 0; f < 7; f++) {
            strip.append(frame(f, f * 250_000L, 10));
        }
        strip.append(frame(7, 10_000_000L, 10)); // 8.25 s missing
        for (int f = 8; f < 15; f++) {
            strip.append(frame(f, 10_000_000L + (f - 7) * 250_000L, 10));
        }
        assertThat(strip.drain()).extracting(BandPowerStrip.BandPoint::endSeconds).containsExactly(12.0);
    }

    @Test
    void supportsThePeriodogramsRates() {
        assertThat(BandPowerStrip.supports(256)).isTrue();
        assertThat(BandPowerStrip.supports(50)).isFalse();
    }
}
