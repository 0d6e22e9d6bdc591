package io.seizmon.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowFeaturesTest {

    private static final double RATE = 256.0;

    @Test
    void featuresOfAnAssembledWindowEqualFeaturesOfTheSameSamplesComputedDirectly() {
        WindowFeatures features = new WindowFeatures(FeatureSpec.of(RATE));
        WindowAssembler assembler = new WindowAssembler("s", false, 2, features.windowSpec(1.0));
        Random random = new Random(3);
        float[] all = new float[(int) RATE * 7 * 2];
        for (int i = 0; i < all.length; i++) {
            all[i] = (float) (random.nextGaussian() * 20);
        }
        List<float[]> viaWindow = new ArrayList<>();
        WindowSink sink = new WindowSink() {
            @Override
            public void onWindow(Window window) {
                float[] out = new float[100];
                assertThat(features.compute(window, 1, out, 0)).isTrue();
                viaWindow.add(out);
            }

            @Override
            public void onGap(GapMarker gap) {
                throw new AssertionError(gap.toString());
            }

            @Override
            public void onRejected(EegFrame frame, RejectReason reason, String detail) {
                throw new AssertionError(detail);
            }
        };
        int perFrame = 32;
        for (int f = 0; f * perFrame * 2 < all.length; f++) {
            float[] part = java.util.Arrays.copyOfRange(all, f * perFrame * 2, (f + 1) * perFrame * 2);
            assembler.append(new EegFrame("s", false, f, f * 125_000L, RATE, 2, perFrame, part), sink);
        }
        assertThat(viaWindow).hasSize(3);
        // window 2 holds samples 512 .. 512 + 1279 of channel 1
        double[] direct = new double[1280];
        for (int i = 0; i < direct.length; i++) {
            direct[i] = all[(512 + i) * 2 + 1];
        }
        float[] expected = new float[100];
        new WelchPeriodogram(FeatureSpec.of(RATE)).computeFeatures(direct, 0, expected, 0);
        assertThat(viaWindow.get(2)).containsExactly(expected);
    }

    @Test
    void refusesAWindowOfAnotherGeometryNamingBoth() {
        WindowFeatures features = new WindowFeatures(FeatureSpec.of(RATE));
        WindowAssembler other = new WindowAssembler("s", false, 1,
                io.seizmon.core.window.WindowSpec.of(128, 5, 1));
        List<String> messages = new ArrayList<>();
        other.append(new EegFrame("s", false, 0, 0, 128, 1, 640, new float[640]), new WindowSink() {
            @Override
            public void onWindow(Window window) {
                assertThatIllegalArgumentException().isThrownBy(() -> features.compute(window, 0, new float[100], 0))
                        .satisfies(e -> messages.add(e.getMessage()));
            }

            @Override
            public void onGap(GapMarker gap) {
            }

            @Override
            public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            }
        });
        assertThat(messages).containsExactly(
                "window: 128.0 Hz x 640 samples (expected: 256.0 Hz x 1280 samples of seizmon-welch-log10-1hz-v1)");
    }
}
