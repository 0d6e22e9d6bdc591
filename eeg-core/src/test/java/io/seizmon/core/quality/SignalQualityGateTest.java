package io.seizmon.core.quality;

import static io.seizmon.core.quality.TestSignals.addSine;
import static io.seizmon.core.quality.TestSignals.addSpikeWave;
import static io.seizmon.core.quality.TestSignals.clip;
import static io.seizmon.core.quality.TestSignals.eegLike;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.data.Offset.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.IncrementalWindowFeatures;
import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignalQualityGateTest {

    private static final double RATE = 1000;
    private static final FeatureSpec SPEC = FeatureSpec.of(RATE);
    private static final int N = SPEC.windowSamples();

    private final SignalQualityGate gate = new SignalQualityGate(QualitySpec.DEFAULT, SPEC);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void passesEegLikeBackground(long seed) {
        assertThat(gate.assess(eegLike(RATE, N, seed, 30), 0)).isEqualTo(ChannelQuality.OK);
        assertThat(gate.lastMainsRatio()).isLessThan(0.01);
    }

    @Test
    void passesALargeSpikeWaveBurst() {
        double[] x = addSpikeWave(eegLike(RATE, N, 6, 30), RATE, 0.5, 4.5, 1500);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.OK);
        assertThat(gate.lastStdMicrovolts()).isGreaterThan(200);
    }

    @Test
    void passesASpikeWaveBurstThatFillsTheWindow() {
        double[] x = addSpikeWave(new double[N], RATE, 0, 5, 800);
        addSine(x, RATE, 7.3, 5, 0);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.OK);
    }

    @Test
    void refusesAConstantWindowAsFlat() {
        double[] x = new double[N];
        Arrays.fill(x, 12.5);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.FLAT);
    }

    @Test
    void refusesAmplifierNoiseWithoutEegAsFlat() {
        double[] x = TestSignals.scaleToRms(eegLike(RATE, N, 7, 1), 0.4);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.FLAT);
        assertThat(gate.lastStdMicrovolts()).isCloseTo(0.4, offset(1e-9));
    }

    @Test
    void refusesAStuckAdcAsFlatEvenWhenTheRestOfTheWindowIsEeg() {
        double[] x = eegLike(RATE, N, 8, 30);
        Arrays.fill(x, 2000, 2400, x[1999]);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.FLAT);
        assertThat(gate.lastLongestRunSeconds()).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void passesARunOfIdenticalSamplesShorterThanTheLimit() {
        double[] x = eegLike(RATE, N, 9, 30);
        Arrays.fill(x, 2000, 2200, x[1999]);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.OK);
    }

    @Test
    void refusesASineClippedAtTheRail() {
        double[] x = clip(addSine(eegLike(RATE, N, 10, 20), RATE, 8, 300, 0), 250);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.CLIPPING);
        assertThat(gate.lastExtremeFraction()).isGreaterThan(0.1);
    }

    @Test
    void refusesOneSidedClippingAtTheRail() {
        double[] x = addSpikeWave(eegLike(RATE, N, 11, 30), RATE, 0.5, 4.5, 1500);
        for (int i = 0; i < N; i++) {
            x[i] = Math.min(x[i], 900);
        }

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.CLIPPING);
    }

    @Test
    void refusesAWindowPinnedToTheRailForLongAsClipping() {
        double[] x = eegLike(RATE, N, 12, 30);
        Arrays.fill(x, 1000, 3000, 2000);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.CLIPPING);
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 60})
    void refusesMainsHumOverEeg(int mainsHz) {
        double[] x = addSine(eegLike(RATE, N, 13, 30), RATE, mainsHz, 40, 0.3);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.MAINS);
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 60})
    void refusesHumThatIsMostlyInAHarmonic(int mainsHz) {
        double[] x = addSine(eegLike(RATE, N, 14, 30), RATE, 3 * mainsHz, 40, 0.3);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.MAINS);
    }

    @Test
    void passesTheSmallMainsPickUpThatIsAlwaysThere() {
        double[] x = addSine(eegLike(RATE, N, 15, 30), RATE, 50, 2, 0.3);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.OK);
    }

    @Test
    void passesGammaAwayFromTheMainsBands() {
        double[] x = addSine(eegLike(RATE, N, 16, 30), RATE, 45, 40, 0.3);

        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.OK);
    }

    @Test
    void countsBroadbandNoiseInTheMainsBandsAKnownLimit() {
        Random random = new Random(25);
        double[] white = gaussian(N, 30, random);
        FeatureSpec lowRate = FeatureSpec.of(256);
        double[] white256 = gaussian(lowRate.windowSamples(), 30, random);
        SignalQualityGate gate256 = new SignalQualityGate(QualitySpec.DEFAULT, lowRate);

        // 34 mains bins against 39 reference bins at 1000 Hz; 12 against 40 at 256 Hz (docs/signal-quality.md).
        assertThat(gate.assess(white, 0)).isEqualTo(ChannelQuality.MAINS);
        assertThat(gate.lastMainsRatio()).as("white noise, 1000 Hz").isCloseTo(34.0 / 39, offset(0.1));
        assertThat(gate256.assess(white256, 0)).isEqualTo(ChannelQuality.OK);
        assertThat(gate256.lastMainsRatio()).isCloseTo(12.0 / 40, offset(0.1));
    }

    @Test
    void doesNotMeasureMainsBelowAnyMainsNyquist() {
        FeatureSpec spec = FeatureSpec.of(64);
        SignalQualityGate lowRate = new SignalQualityGate(QualitySpec.DEFAULT, spec);

        assertThat(lowRate.assess(addSine(eegLike(64, spec.windowSamples(), 17, 30), 64, 30, 60, 0), 0))
                .isEqualTo(ChannelQuality.OK);
        assertThat(lowRate.lastMainsRatio()).isNaN();
    }

    @Test
    void refusesNonFiniteSamplesBeforeAnythingElse() {
        double[] x = new double[N];
        x[17] = Double.NaN;
        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.NON_FINITE);
        x[17] = Double.POSITIVE_INFINITY;
        assertThat(gate.assess(x, 0)).isEqualTo(ChannelQuality.NON_FINITE);
        assertThat(gate.lastStdMicrovolts()).isNaN();
    }

    @Test
    void readsTheWindowAtItsOffsetAndLeavesTheInputUnchanged() {
        double[] eeg = eegLike(RATE, N, 18, 30);
        double[] padded = new double[N + 7];
        Arrays.fill(padded, Double.NaN);
        System.arraycopy(eeg, 0, padded, 7, N);
        double[] copy = padded.clone();

        assertThat(gate.assess(padded, 7)).isEqualTo(ChannelQuality.OK);
        assertThat(padded).isEqualTo(copy);
        assertThatIllegalArgumentException().isThrownBy(() -> gate.assess(padded, 8))
                .withMessageContaining("offset 8");
    }

    @Test
    void assessesAssembledWindowsChannelByChannelLikeArrays() {
        double[][] channels = {eegLike(RATE, N, 19, 30), clip(addSine(eegLike(RATE, N, 20, 20), RATE, 8, 300, 0),
                250), addSine(eegLike(RATE, N, 21, 30), RATE, 50, 40, 0)};
        List<ChannelQuality> verdicts = new ArrayList<>();
        WindowAssembler assembler = new WindowAssembler("s", true, 3, WindowSpec.of(RATE));
        float[] samples = new float[N * 3];
        for (int i = 0; i < N; i++) {
            for (int c = 0; c < 3; c++) {
                samples[i * 3 + c] = (float) channels[c][i];
            }
        }
        assembler.append(new EegFrame("s", true, 0, 0, RATE, 3, N, samples), new WindowSink() {
            @Override
            public void onWindow(Window window) {
                for (int c = 0; c < 3; c++) {
                    verdicts.add(gate.assess(window, c));
                }
            }

            @Override
            public void onGap(GapMarker gap) {
            }

            @Override
            public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            }
        });

        assertThat(verdicts).containsExactly(ChannelQuality.OK, ChannelQuality.CLIPPING, ChannelQuality.MAINS);
    }

    @Test
    void takesTheDensityFromTheIncrementalFeaturesAndLeavesThemTheTransforms() {
        IncrementalWindowFeatures spectra = new IncrementalWindowFeatures(SPEC, 2);
        SignalQualityGate sharing = new SignalQualityGate(QualitySpec.DEFAULT, spectra);
        float[] features = new float[SPEC.binCount()];
        double[] hum = addSine(eegLike(RATE, 12 * N / 5, 23, 30), RATE, 50, 40, 0);
        double[] eeg = eegLike(RATE, 12 * N / 5, 24, 30);
        WindowAssembler assembler = new WindowAssembler("s", true, 2, WindowSpec.of(RATE));
        List<ChannelQuality> verdicts = new ArrayList<>();
        float[] samples = new float[2 * eeg.length];
        for (int i = 0; i < eeg.length; i++) {
            samples[2 * i] = (float) eeg[i];
            samples[2 * i + 1] = (float) hum[i];
        }
        assembler.append(new EegFrame("s", true, 0, 0, RATE, 2, eeg.length, samples), sink(window -> {
            for (int c = 0; c < 2; c++) {
                ChannelQuality verdict = sharing.assess(window, c);
                assertThat(verdict).isEqualTo(gate.assess(window, c));
                assertThat(sharing.lastMainsRatio()).isEqualTo(gate.lastMainsRatio());
                verdicts.add(verdict);
                spectra.compute(window, c, features, 0);
            }
        }));

        assertThat(verdicts).hasSize(16).containsOnly(ChannelQuality.OK, ChannelQuality.MAINS);
        assertThat(verdicts.stream().filter(v -> v == ChannelQuality.MAINS)).hasSize(8);
        // 8 windows of 2 channels sliding by 1 s: 9 transforms for the first window, then 2 per window.
        assertThat(spectra.segmentTransforms()).isEqualTo(2 * (9 + 7 * 2));
    }

    @Test
    void refusesAWindowOfAnotherGeometry() {
        WindowAssembler assembler = new WindowAssembler("s", true, 1, WindowSpec.of(500));
        List<Window> seen = new ArrayList<>();
        assembler.append(new EegFrame("s", true, 0, 0, 500, 1, 2500, new float[2500]), new WindowSink() {
            @Override
            public void onWindow(Window window) {
                assertThatIllegalArgumentException().isThrownBy(() -> gate.assess(window, 0))
                        .withMessageContaining("500.0 Hz x 2500 samples (expected: 1000.0 Hz x 5000 samples)");
                seen.add(window);
            }

            @Override
            public void onGap(GapMarker gap) {
            }

            @Override
            public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            }
        });
        assertThat(seen).hasSize(1);
    }

    @Test
    void allocatesNothingPerWindow() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported(), "skipped: per-thread allocation counter not available");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] x = eegLike(RATE, N, 22, 30);
        for (int i = 0; i < 50; i++) {
            gate.assess(x, 0);
        }
        long thread = Thread.currentThread().getId();

        long before = bean.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 500; i++) {
            gate.assess(x, 0);
        }
        long allocated = bean.getThreadAllocatedBytes(thread) - before;

        assertThat(allocated).as("bytes allocated over 500 windows").isLessThan(1024);
    }

    private static double[] gaussian(int n, double sdMicrovolts, Random random) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sdMicrovolts * random.nextGaussian();
        }
        return x;
    }

    private static WindowSink sink(Consumer<Window> onWindow) {
        return new WindowSink() {
            @Override
            public void onWindow(Window window) {
                onWindow.accept(window);
            }

            @Override
            public void onGap(GapMarker gap) {
            }

            @Override
            public void onRejected(EegFrame frame, RejectReason reason, String detail) {
                throw new AssertionError(reason + ": " + detail);
            }
        };
    }
}
