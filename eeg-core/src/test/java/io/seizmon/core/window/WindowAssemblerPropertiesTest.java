package io.seizmon.core.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of window assembly over random frame sizes and random frame losses: a window never spans a gap,
 * holds consecutive samples only, starts at its first sample's time, and every possible window is emitted.
 */
class WindowAssemblerPropertiesTest {

    private static final double RATE = 128.0;
    private static final long T0 = 1_600_000_000_000_000L;

    private static final class Collector implements WindowSink {
        final List<float[]> windows = new ArrayList<>();
        final List<Long> starts = new ArrayList<>();
        int gaps;

        @Override
        public void onWindow(Window window) {
            double[] copy = new double[window.length()];
            window.copyChannel(1, copy, 0);
            float[] values = new float[copy.length];
            for (int i = 0; i < copy.length; i++) {
                values[i] = (float) copy[i];
                assertThat(window.sample(i, 1)).isEqualTo(values[i]);
            }
            windows.add(values);
            starts.add(window.startMicros());
        }

        @Override
        public void onGap(GapMarker gap) {
            gaps++;
        }

        @Override
        public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            throw new AssertionError("unexpected rejection " + reason + ": " + detail);
        }
    }

    @Property(tries = 200)
    void windowsHoldConsecutiveSamplesAndNeverSpanALostFrame(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 300) Integer> frameSizes,
            @ForAll @Size(max = 60) List<Boolean> lost,
            @ForAll @IntRange(min = 1, max = 4) int windowSeconds,
            @ForAll @IntRange(min = 1, max = 4) int hopSeconds) {
        int hop = Math.min(hopSeconds, windowSeconds);
        WindowSpec spec = WindowSpec.of(RATE, windowSeconds, hop);
        WindowAssembler assembler = new WindowAssembler("s", false, 2, spec);
        Collector sink = new Collector();
        long sample = 0;
        long expectedWindows = 0;
        long runLength = 0;
        int expectedGaps = 0;
        boolean pendingGap = false;
        for (int f = 0; f < frameSizes.size(); f++) {
            int n = frameSizes.get(f);
            boolean drop = f < lost.size() && lost.get(f) && f > 0;
            if (drop) {
                pendingGap = true;
            } else {
                if (pendingGap && runLength > 0) {
                    expectedGaps++;
                    expectedWindows += windows(runLength, spec);
                    runLength = 0;
                }
                pendingGap = false;
                assembler.append(frame(f, sample, n), sink);
                runLength += n;
            }
            sample += n;
        }
        expectedWindows += windows(runLength, spec);

        assertThat(sink.gaps).isEqualTo(expectedGaps);
        assertThat(sink.windows).hasSize((int) expectedWindows);
        for (int w = 0; w < sink.windows.size(); w++) {
            float[] values = sink.windows.get(w);
            long first = (long) values[0];
            for (int i = 1; i < values.length; i++) {
                assertThat((long) values[i]).as("window %d sample %d", w, i).isEqualTo(first + i);
            }
            assertThat(sink.starts.get(w)).isEqualTo(T0 + Math.round(first * 1e6 / RATE));
        }
    }

    private static long windows(long runLength, WindowSpec spec) {
        return runLength < spec.windowSamples() ? 0 : 1 + (runLength - spec.windowSamples()) / spec.hopSamples();
    }

    /** Channel 1 carries the global sample number, so a window shows exactly which samples it holds. */
    private static EegFrame frame(long seq, long firstSample, int n) {
        float[] data = new float[n * 2];
        for (int i = 0; i < n; i++) {
            data[i * 2] = -1;
            data[i * 2 + 1] = firstSample + i;
        }
        return new EegFrame("s", false, seq, T0 + Math.round(firstSample * 1e6 / RATE), RATE, 2, n, data);
    }
}
