package io.seizmon.core.feature;

import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Feeds a random multichannel stream (red noise plus tones, µV) through a {@link WindowAssembler} in frames of random
 * length, optionally losing frames (sequence gaps) and planting NaN samples; hands every window to a consumer.
 */
final class StreamFeeder {

    private static final long T0 = 1_700_000_000_000_000L;

    private final WindowSpec spec;
    private final int channels;
    private final Random random;
    private final WindowAssembler assembler;
    private final double[] state;
    private long sequence;
    private long samples;

    StreamFeeder(WindowSpec spec, int channels, long seed) {
        this.spec = spec;
        this.channels = channels;
        this.random = new Random(seed);
        this.assembler = new WindowAssembler("s", true, channels, spec);
        this.state = new double[channels];
    }

    /**
     * Sends frames until {@code seconds} of signal have been offered.
     *
     * @param lossProbability chance that a frame is lost (never sent), making a sequence gap
     * @param nanProbability  chance that a sent frame carries one NaN sample
     */
    void run(double seconds, double lossProbability, double nanProbability, Consumer<Window> onWindow) {
        WindowSink sink = new WindowSink() {
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
        long end = Math.round(seconds * spec.sampleRateHz());
        while (samples < end) {
            int n = 1 + random.nextInt((int) Math.ceil(0.3 * spec.sampleRateHz()));
            EegFrame frame = frame(n, random.nextDouble() < nanProbability);
            if (random.nextDouble() >= lossProbability) {
                assembler.append(frame, sink);
            }
        }
    }

    private EegFrame frame(int n, boolean plantNaN) {
        float[] values = new float[n * channels];
        double pole = Math.exp(-2 * Math.PI * 4 / spec.sampleRateHz());
        for (int i = 0; i < n; i++) {
            double t = (samples + i) / spec.sampleRateHz();
            for (int c = 0; c < channels; c++) {
                state[c] = pole * state[c] + 5 * random.nextGaussian();
                values[i * channels + c] = (float) (state[c] + 20 * Math.sin(2 * Math.PI * (7.3 + c) * t)
                        + 500 * c);
            }
        }
        if (plantNaN) {
            values[random.nextInt(values.length)] = Float.NaN;
        }
        long micros = T0 + spec.samplesToMicros(samples);
        EegFrame frame = new EegFrame("s", true, sequence++, micros, spec.sampleRateHz(), channels, n, values);
        samples += n;
        return frame;
    }
}
