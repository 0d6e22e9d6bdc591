package io.seizmon.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowAssemblerTest {

    private static final double RATE = 100.0;
    private static final long T0 = 1_700_000_000_000_000L;

    /** Records what the assembler emits; windows are copied out since the view is reused. */
    static final class RecordingSink implements WindowSink {
        final List<double[][]> windows = new ArrayList<>();
        final List<Long> starts = new ArrayList<>();
        final List<Long> indices = new ArrayList<>();
        final List<Long> runs = new ArrayList<>();
        final List<double[]> ranges = new ArrayList<>();
        final List<GapMarker> gaps = new ArrayList<>();
        final List<RejectReason> rejections = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void onWindow(Window window) {
            double[][] copy = new double[window.channelCount()][window.length()];
            for (int c = 0; c < copy.length; c++) {
                window.copyChannel(c, copy[c], 0);
            }
            windows.add(copy);
            starts.add(window.startMicros());
            indices.add(window.index());
            runs.add(window.run());
            double[] range = new double[window.length() / 2];
            window.copyChannel(0, window.length() / 3, range.length, range, 0);
            ranges.add(range);
            events.add("W" + window.index());
        }

        @Override
        public void onGap(GapMarker gap) {
            gaps.add(gap);
            events.add("G:" + gap.reason());
        }

        @Override
        public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            rejections.add(reason);
            events.add("R:" + reason);
        }
    }

    /** Channel c of global sample number n has value n * 10 + c: every sample is identifiable. */
    private static EegFrame frame(long seq, long firstSample, int samples, int channels) {
        float[] data = new float[samples * channels];
        for (int i = 0; i < samples; i++) {
            for (int c = 0; c < channels; c++) {
                data[i * channels + c] = (firstSample + i) * 10 + c;
            }
        }
        return new EegFrame("cage-01", false, seq, T0 + Math.round(firstSample * 1e6 / RATE), RATE, channels,
                samples, data);
    }

    private static WindowAssembler assembler(int channels, double windowSeconds, double hopSeconds) {
        return new WindowAssembler("cage-01", false, channels, WindowSpec.of(RATE, windowSeconds, hopSeconds));
    }

    @Test
    void emitsFirstWindowWhenFullThenOnePerHop() {
        WindowAssembler assembler = assembler(2, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 70; f++) {
            assembler.append(frame(f, f * 10L, 10, 2), sink);
        }
        // 700 samples: windows end at 500, 600, 700.
        assertThat(sink.windows).hasSize(3);
        assertThat(sink.indices).containsExactly(0L, 1L, 2L);
        assertThat(sink.starts).containsExactly(T0, T0 + 1_000_000, T0 + 2_000_000);
        double[][] last = sink.windows.get(2);
        for (int i = 0; i < 500; i++) {
            assertThat(last[0][i]).isEqualTo((200 + i) * 10);
            assertThat(last[1][i]).isEqualTo((200 + i) * 10 + 1);
        }
    }

    @Test
    void aPhaseShiftsTheWindowGridOfEveryRunByLessThanAHop() {
        WindowAssembler assembler = new WindowAssembler("cage-01", false, 1, WindowSpec.of(RATE, 5, 1),
                WindowAssembler.DEFAULT_TOLERANCE_MICROS, 30);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 8; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        // windows end at 530, 630, 730 samples: mid-frame, 30 samples (0.3 s) later than without a phase
        assertThat(sink.starts).containsExactly(T0 + 300_000, T0 + 1_300_000, T0 + 2_300_000);
        assertThat(sink.windows.get(0)[0][0]).isEqualTo(30 * 10);
        assertThat(sink.windows.get(0)[0][499]).isEqualTo(529 * 10);
        // frame 8 lost: the next run's first window ends 530 samples into it again
        for (int f = 9; f < 15; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(sink.gaps).hasSize(1);
        assertThat(sink.starts).hasSize(4).last().isEqualTo(T0 + 9_300_000);
    }

    @Test
    void refusesAPhaseOfAHopOrMore() {
        assertThatThrownBy(() -> new WindowAssembler("cage-01", false, 1, WindowSpec.of(RATE, 5, 1),
                WindowAssembler.DEFAULT_TOLERANCE_MICROS, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phaseSamples: 100 (expected: 0 to 99, less than a hop)");
    }

    @Test
    void cutsWindowsMidFrameWhenFramesAreLongerThanTheHop() {
        WindowAssembler assembler = assembler(1, 2, 0.5);
        RecordingSink sink = new RecordingSink();
        assembler.append(frame(0, 0, 730, 1), sink);
        // windows end at 200, 250, ..., 700 -> 11 windows
        assertThat(sink.windows).hasSize(11);
        assertThat(sink.windows.get(10)[0][0]).isEqualTo(500 * 10);
        assertThat(sink.windows.get(10)[0][199]).isEqualTo(699 * 10);
    }

    @Test
    void nonOverlappingWindowsWhenHopEqualsWindow() {
        WindowAssembler assembler = assembler(1, 5, 5);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 15; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(sink.starts).containsExactly(T0, T0 + 5_000_000, T0 + 10_000_000);
    }

    @Test
    void sequenceGapResetsTheRunAndNoWindowSpansIt() {
        WindowAssembler assembler = assembler(1, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 6; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        // frames 6 and 7 lost
        for (int f = 8; f < 14; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(sink.gaps).singleElement().satisfies(gap -> {
            assertThat(gap.reason()).isEqualTo(GapReason.SEQUENCE_GAP);
            assertThat(gap.missingFrames()).isEqualTo(2);
            assertThat(gap.fromMicros()).isEqualTo(T0 + 6_000_000);
            assertThat(gap.toMicros()).isEqualTo(T0 + 8_000_000);
        });
        assertThat(sink.events).containsExactly("W0", "W1", "G:SEQUENCE_GAP", "W2", "W3");
        assertThat(sink.runs).containsExactly(0L, 0L, 1L, 1L);
        // the first window after the gap holds samples 800..1299 only
        assertThat(sink.windows.get(2)[0][0]).isEqualTo(800 * 10);
        assertThat(sink.starts.get(2)).isEqualTo(T0 + 8_000_000);
    }

    @Test
    void timestampJumpWithContinuousSequenceIsAGap() {
        WindowAssembler assembler = assembler(1, 5, 1);
        RecordingSink sink = new RecordingSink();
        assembler.append(frame(0, 0, 100, 1), sink);
        assembler.append(frame(1, 150, 100, 1), sink);
        assembler.append(frame(2, 240, 100, 1), sink);
        assertThat(sink.gaps).extracting(GapMarker::reason)
                .containsExactly(GapReason.TIMESTAMP_GAP, GapReason.TIMESTAMP_OVERLAP);
    }

    @Test
    void smallTimestampJitterIsTolerated() {
        WindowAssembler assembler = assembler(1, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 10; f++) {
            EegFrame exact = frame(f, f * 100L, 100, 1);
            long jitter = (f % 2 == 0 ? 1 : -1) * 5_000L;
            assembler.append(new EegFrame("cage-01", false, f, exact.firstSampleMicros() + jitter, RATE, 1, 100,
                    exact.samples()), sink);
        }
        assertThat(sink.gaps).isEmpty();
        assertThat(sink.starts).containsExactly(T0 + 5_000, T0 + 1_005_000, T0 + 2_005_000, T0 + 3_005_000,
                T0 + 4_005_000, T0 + 5_005_000);
    }

    @Test
    void rejectsDuplicateAndOutOfOrderFramesWithoutDisturbingTheRun() {
        WindowAssembler assembler = assembler(1, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 4; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(assembler.append(frame(3, 300, 100, 1), sink)).isFalse();
        assertThat(assembler.append(frame(1, 100, 100, 1), sink)).isFalse();
        for (int f = 4; f < 6; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(sink.rejections).containsExactly(RejectReason.DUPLICATE_FRAME, RejectReason.OUT_OF_ORDER_FRAME);
        assertThat(sink.gaps).isEmpty();
        assertThat(sink.windows).hasSize(2);
        assertThat(sink.windows.get(1)[0][0]).isEqualTo(100 * 10);
    }

    @Test
    void sequenceRestartWithLaterTimeStartsANewRun() {
        WindowAssembler assembler = assembler(1, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 6; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(assembler.append(frame(0, 1000, 100, 1), sink)).isTrue();
        assertThat(sink.gaps).extracting(GapMarker::reason).containsExactly(GapReason.STREAM_RESTART);
    }

    @Test
    void rejectsWrongChannelCountAndSampleRate() {
        WindowAssembler assembler = assembler(2, 5, 1);
        RecordingSink sink = new RecordingSink();
        assertThat(assembler.append(frame(0, 0, 100, 3), sink)).isFalse();
        EegFrame other = new EegFrame("cage-01", false, 0, T0, 250.0, 2, 1, new float[2]);
        assertThat(assembler.append(other, sink)).isFalse();
        assertThat(sink.rejections).containsExactly(RejectReason.CHANNEL_MISMATCH,
                RejectReason.SAMPLE_RATE_MISMATCH);
    }

    @Test
    void droppedFramesEndTheRun() {
        WindowAssembler assembler = assembler(1, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 4; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assembler.markDropped(3, T0 + 4_500_000, sink);
        for (int f = 4; f < 9; f++) {
            assembler.append(frame(f, f * 100L, 100, 1), sink);
        }
        assertThat(sink.events).containsExactly("G:FRAMES_DROPPED", "W0");
        assertThat(sink.runs).containsExactly(1L);
        assertThat(sink.windows.get(0)[0][0]).isEqualTo(400 * 10);
    }

    @Test
    void copiesARangeOfAChannelAcrossTheRingsWrapPoint() {
        WindowAssembler assembler = assembler(2, 5, 1);
        RecordingSink sink = new RecordingSink();
        for (int f = 0; f < 87; f++) {
            assembler.append(frame(f, f * 10L, 10, 2), sink);
        }
        assertThat(sink.windows).hasSize(4);
        for (int w = 0; w < 4; w++) {
            double[] whole = sink.windows.get(w)[0];
            assertThat(sink.ranges.get(w)).containsExactly(Arrays.copyOfRange(whole, 166, 166 + 250));
        }
        assertThat(sink.runs).containsOnly(0L);
    }

    @Test
    void windowSpecRejectsBadArgumentsNamingThem() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> WindowSpec.of(32, 5, 1)).withMessageContaining("sampleRateHz: 32.0");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> WindowSpec.of(1000, 5, 6)).withMessageContaining("hopSeconds: 6.0");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> WindowSpec.of(1000, 0, 1)).withMessageContaining("windowSeconds: 0.0");
        assertThat(WindowSpec.of(173.61).windowSamples()).isEqualTo(868);
        assertThat(WindowSpec.of(173.61).hopSamples()).isEqualTo(174);
    }
}
