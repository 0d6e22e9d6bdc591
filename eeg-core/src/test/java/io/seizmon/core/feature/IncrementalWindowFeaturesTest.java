package io.seizmon.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class IncrementalWindowFeaturesTest {

    private static final double RATE = 1000;
    private static final FeatureSpec SPEC = FeatureSpec.of(RATE);
    private static final int FRAME = 100;

    private final IncrementalWindowFeatures incremental = new IncrementalWindowFeatures(SPEC, 2);
    private final WindowFeatures full = new WindowFeatures(SPEC);
    private final float[] out = new float[SPEC.binCount()];
    private final float[] expected = new float[SPEC.binCount()];

    @Test
    void slidesByTransformingOnlyTheNewSegments() {
        int[] windows = new int[1];
        stream(WindowSpec.of(RATE), 20, -1, -1, window -> {
            computeAndCompare(window, 0);
            windows[0]++;
        });

        assertThat(windows[0]).isEqualTo(16);
        assertThat(incremental.segmentTransforms()).isEqualTo(9 + 15 * 2);
    }

    @Test
    void transformsEverySegmentAfterAGap() {
        List<Long> runs = new ArrayList<>();
        stream(WindowSpec.of(RATE), 20, 100, -1, window -> {
            computeAndCompare(window, 0);
            runs.add(window.run());
        });

        // Frame 100 (10.0-10.1 s) is lost: run 0 has windows ending at 5..10 s, run 1 starts at 10.1 s.
        assertThat(runs).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L);
        assertThat(incremental.segmentTransforms()).isEqualTo((9 + 5 * 2) + (9 + 4 * 2));
    }

    @Test
    void transformsEverySegmentWhenTheHopIsNotAWholeNumberOfSteps() {
        int[] windows = new int[1];
        stream(WindowSpec.of(RATE, 5, 0.3), 8, -1, -1, window -> {
            computeAndCompare(window, 0);
            windows[0]++;
        });

        assertThat(incremental.segmentTransforms()).isEqualTo(9L * windows[0]);
    }

    @Test
    void transformsEverySegmentForAChannelSkippedInThePreviousWindow() {
        stream(WindowSpec.of(RATE), 7, -1, -1, window -> {
            computeAndCompare(window, 0);
            if (window.index() != 1) {
                computeAndCompare(window, 1);
            }
        });

        // Channel 0: 9 + 2 + 2; channel 1: 9 (window 0), skipped, 9 (window 2).
        assertThat(incremental.segmentTransforms()).isEqualTo(13 + 18);
    }

    @Test
    void reusesTheDensityForTheFeaturesOfTheSameWindow() {
        double[] density = new double[incremental.welchBinCount()];
        stream(WindowSpec.of(RATE), 5, -1, -1, window -> {
            assertThat(incremental.computeDensity(window, 0, density, 0)).isTrue();
            computeAndCompare(window, 0);
        });

        assertThat(incremental.segmentTransforms()).isEqualTo(9);
    }

    @Test
    void reportsNonFiniteWindowsAndStartsAgainInFull() {
        List<Boolean> finite = new ArrayList<>();
        // A NaN in frame 62 (6.2-6.3 s) spoils the windows ending at 7..11 s.
        stream(WindowSpec.of(RATE), 13, -1, 62, window -> finite.add(computeAndCompare(window, 0)));

        assertThat(finite).containsExactly(true, true, false, false, false, false, false, true, true);
        for (float feature : out) {
            assertThat(feature).isFinite();
        }
        assertThat(incremental.segmentTransforms()).isEqualTo((9 + 2) + (9 + 2));
    }

    @Test
    void keepsTheSpectraOfOneAssemblerApartFromAnother() {
        IncrementalWindowFeatures shared = new IncrementalWindowFeatures(SPEC, 1);
        WindowAssembler a = new WindowAssembler("a", true, 1, WindowSpec.of(RATE));
        WindowAssembler b = new WindowAssembler("b", true, 1, WindowSpec.of(RATE));
        float[] fromShared = new float[SPEC.binCount()];
        WindowSink sink = sink(window -> {
            full.compute(window, 0, expected, 0);
            shared.compute(window, 0, fromShared, 0);
            assertThat(fromShared).isEqualTo(expected);
        });
        for (int f = 0; f < 70; f++) {
            a.append(frame(f, 1, f, -1), sink);
            b.append(frame(f, 1, f + 1000, -1), sink);
        }

        assertThat(shared.segmentTransforms()).isEqualTo(2 * 9L * a.windowCount());
    }

    @Test
    void rejectsWrongArguments() {
        stream(WindowSpec.of(RATE), 5, -1, -1, window -> {
            assertThatIllegalArgumentException().isThrownBy(() -> incremental.compute(window, 2, out, 0))
                    .withMessage("channel: 2 (expected: >= 0 and < 2)");
            assertThatIllegalArgumentException().isThrownBy(() -> incremental.compute(window, 0, out, 1))
                    .withMessageContaining("offset 1 with length 100");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new IncrementalWindowFeatures(FeatureSpec.of(500), 1).compute(window, 0, out, 0))
                    .withMessageContaining("1000.0 Hz x 5000 samples (expected: 500.0 Hz x 2500 samples");
        });
        assertThatIllegalArgumentException().isThrownBy(() -> new IncrementalWindowFeatures(SPEC, 0))
                .withMessage("channelCount: 0 (expected: >= 1)");
    }

    @Test
    void allocatesNothingPerWindow() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported(), "skipped: per-thread allocation counter not available");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        WindowAssembler assembler = new WindowAssembler("s", true, 2, WindowSpec.of(RATE));
        List<EegFrame> frames = new ArrayList<>();
        for (int f = 0; f < 600; f++) {
            frames.add(frame(f, 2, f, -1));
        }
        long[] allocated = new long[1];
        long thread = Thread.currentThread().getId();
        assembler.append(frames.get(0), sink(window -> { }));
        WindowSink measuring = sink(window -> {
            long before = bean.getThreadAllocatedBytes(thread);
            incremental.compute(window, 0, out, 0);
            incremental.compute(window, 1, out, 0);
            allocated[0] += bean.getThreadAllocatedBytes(thread) - before;
        });
        for (EegFrame frame : frames.subList(1, 600)) {
            assembler.append(frame, measuring);
        }

        assertThat(assembler.windowCount()).isEqualTo(56);
        assertThat(allocated[0]).as("bytes allocated over 56 windows x 2 channels").isLessThan(1024);
    }

    private boolean computeAndCompare(Window window, int channel) {
        boolean finite = full.compute(window, channel, expected, 0);
        assertThat(incremental.compute(window, channel, out, 0)).isEqualTo(finite);
        assertThat(Arrays.equals(out, expected)).as("window %d channel %d", window.index(), channel).isTrue();
        return finite;
    }

    /** Sends {@code seconds} of 100-ms two-channel frames; frame {@code lost} is not sent, {@code nan} has a NaN. */
    private static void stream(WindowSpec spec, int seconds, int lost, int nan, Consumer<Window> onWindow) {
        WindowAssembler assembler = new WindowAssembler("s", true, 2, spec);
        WindowSink sink = sink(onWindow);
        for (int f = 0; f < seconds * RATE / FRAME; f++) {
            if (f != lost) {
                assembler.append(frame(f, 2, f, nan), sink);
            }
        }
    }

    private static EegFrame frame(int number, int channels, int seed, int nan) {
        float[] samples = new float[FRAME * channels];
        for (int i = 0; i < FRAME; i++) {
            double t = (number * FRAME + i) / RATE;
            for (int c = 0; c < channels; c++) {
                samples[i * channels + c] = (float) (30 * Math.sin(2 * Math.PI * (6 + c) * t)
                        + 10 * Math.sin(2 * Math.PI * 23.7 * t + seed) + ((i * 7919 + seed) % 13));
            }
        }
        if (number == nan) {
            samples[8 * channels] = Float.NaN;
        }
        return new EegFrame("s", true, number, 1_700_000_000_000_000L + number * 100_000L, RATE, channels, FRAME,
                samples);
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
