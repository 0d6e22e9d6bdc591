package io.seizmon.core.window;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of assembling one frame (100 ms of samples) into 5-s windows with a 1-s hop, including copying every
 * emitted window's channels out as the agent does. One call appends one frame; every tenth emits a window.
 */
public class WindowAssemblerBenchmark extends MicrosecondBenchmark {

    @Param({"1", "16"})
    public int channels;

    @Param({"1000", "173.61"})
    public double sampleRateHz;

    private WindowAssembler assembler;
    private EegFrame[] frames;
    private long sequence;
    private double[] channelBuffer;
    private Sink sink;

    /** Copies each window's channels out, as the feature stage does. */
    static final class Sink implements WindowSink {
        final double[] buffer;
        Blackhole blackhole;

        Sink(double[] buffer) {
            this.buffer = buffer;
        }

        @Override
        public void onWindow(Window window) {
            for (int c = 0; c < window.channelCount(); c++) {
                window.copyChannel(c, buffer, 0);
                blackhole.consume(buffer[buffer.length - 1]);
            }
        }

        @Override
        public void onGap(GapMarker gap) {
            blackhole.consume(gap);
        }

        @Override
        public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            blackhole.consume(reason);
        }
    }

    @Setup
    public void setUp() {
        WindowSpec spec = WindowSpec.of(sampleRateHz);
        assembler = new WindowAssembler("bench", true, channels, spec);
        int perFrame = (int) Math.round(sampleRateHz / 10);
        Random random = new Random(42);
        frames = new EegFrame[64];
        for (int f = 0; f < frames.length; f++) {
            float[] samples = new float[perFrame * channels];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (float) (random.nextGaussian() * 50);
            }
            frames[f] = new EegFrame("bench", true, 0, 0, sampleRateHz, channels, perFrame, samples);
        }
        channelBuffer = new double[spec.windowSamples()];
        sink = new Sink(channelBuffer);
    }

    @Benchmark
    public long appendFrame(Blackhole blackhole) {
        sink.blackhole = blackhole;
        EegFrame template = frames[(int) (sequence & 63)];
        // Continuous sequence and time stamps, reusing the sample arrays.
        long t0 = Math.round(sequence * template.samplesPerChannel() * 1e6 / sampleRateHz);
        EegFrame frame = new EegFrame("bench", true, sequence++, t0, sampleRateHz, channels,
                template.samplesPerChannel(), template.samples());
        assembler.append(frame, sink);
        return assembler.windowCount();
    }
}
