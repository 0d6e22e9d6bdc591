package io.seizmon.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.wire.EegFrame;
import org.junit.jupiter.api.Test;

class TraceDecimatorTest {

    private static final long T0 = 1_700_000_000_000_000L;

    /** A 1000 Hz, 2-channel frame of 100 samples: channel 0 = sample index, channel 1 = -index. */
    private static EegFrame frame(long sequence, long firstUs) {
        float[] samples = new float[200];
        for (int i = 0; i < 100; i++) {
            samples[2 * i] = i;
            samples[2 * i + 1] = -i;
        }
        return new EegFrame("cage-01", true, sequence, firstUs, 1000, 2, 100, samples);
    }

    @Test
    void keepsMinAndMaxPerColumnAtTheConfiguredRate() {
        TraceDecimator decimator = new TraceDecimator(2, 100, 1000); // 50 columns of 20 ms per second
        for (int f = 0; f < 10; f++) {
            decimator.append(frame(f, T0 + f * 100_000L));
        }
        TraceBatch batch = decimator.drain();
        // 1 s of samples = 50 columns; the last column stays open until a later sample closes it.
        assertThat(batch.size()).isEqualTo(2 * 49);
        // first column: samples 0..19 of frame 0
        assertThat(batch.values()[0][0]).isEqualTo(0f);
        assertThat(batch.values()[0][1]).isEqualTo(19f);
        assertThat(batch.values()[1][0]).isEqualTo(-19f);
        assertThat(batch.values()[1][1]).isEqualTo(0f);
        assertThat(batch.timesSeconds()[0]).isEqualTo(T0 / 1e6);
        assertThat(batch.timesSeconds()[1]).isEqualTo(T0 / 1e6 + 0.01);
        assertThat(decimator.hasPending()).isFalse();
    }

    @Test
    void marksAGapWithNaNInsteadOfBridgingIt() {
        TraceDecimator decimator = new TraceDecimator(2, 100, 1000);
        decimator.append(frame(0, T0));
        decimator.append(frame(1, T0 + 500_000L)); // 400 ms missing
        TraceBatch batch = decimator.drain();
        int gaps = 0;
        for (int p = 0; p < batch.size(); p++) {
            if (Float.isNaN(batch.values()[0][p])) {
                gaps++;
                assertThat(batch.timesSeconds()[p]).isEqualTo((T0 + 100_000L) / 1e6);
                assertThat(Float.isNaN(batch.values()[1][p])).isTrue();
            }
        }
        assertThat(gaps).isEqualTo(1);
    }

    @Test
    void ignoresARedeliveredFrame() {
        TraceDecimator once = new TraceDecimator(2, 100, 1000);
        TraceDecimator twice = new TraceDecimator(2, 100, 1000);
        once.append(frame(0, T0));
        once.append(frame(1, T0 + 100_000L));
        twice.append(frame(0, T0));
        twice.append(frame(0, T0));
        twice.append(frame(1, T0 + 100_000L));
        assertThat(twice.drain().timesSeconds()).containsExactly(once.drain().timesSeconds());
    }

    @Test
    void boundsPendingPointsAndMarksTheDroppedStretchAsAGap() {
        TraceDecimator decimator = new TraceDecimator(2, 1000, 16);
        for (int f = 0; f < 5; f++) {
            decimator.append(frame(f, T0 + f * 100_000L));
        }
        TraceBatch batch = decimator.drain();
        assertThat(batch.size()).isLessThanOrEqualTo(16);
        assertThat(Float.isNaN(batch.values()[0][0])).isTrue();
    }
}
