package io.seizmon.core.feature;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import io.seizmon.core.EegLikeFrames;
import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One second of a stream at 1000 Hz (ten 100-ms frames) through a {@link WindowAssembler} with 5-s windows and a
 * 1-s hop: one window, whose every channel gets its 100 features, incrementally (2 new segments) or in full
 * ({@link WindowFeatures}, 9 segments). {@code assemblyOnly} is the common part, to subtract. Per call: one window
 * of {@code channels} channels.
 */
public class IncrementalWindowFeaturesBenchmark extends MicrosecondBenchmark {

    @Param({"1", "16"})
    public int channels;

    @Param({"1000"})
    public double sampleRateHz;

    private EegLikeFrames frames;
    private WindowAssembler assembler;
    private FeatureStage stage;

    /** Computes every channel's features of each window, with the chosen method. */
    static final class FeatureStage implements WindowSink {
        final WindowFeatures full;
        final IncrementalWindowFeatures incremental;
        final float[] features;
        int method;
        float checksum;

        FeatureStage(FeatureSpec spec, int channels) {
            full = new WindowFeatures(spec);
            incremental = new IncrementalWindowFeatures(spec, channels);
            features = new float[spec.binCount()];
        }

        @Override
        public void onWindow(Window window) {
            for (int c = 0; c < window.channelCount(); c++) {
                if (method == 1) {
                    full.compute(window, c, features, 0);
                } else if (method == 2) {
                    incremental.compute(window, c, features, 0);
                }
                checksum += features[8];
            }
        }

        @Override
        public void onGap(GapMarker gap) {
            throw new IllegalStateException("gap in a continuous benchmark stream: " + gap);
        }

        @Override
        public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            throw new IllegalStateException(reason + ": " + detail);
        }
    }

    @Setup
    public void setUp() {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz);
        frames = new EegLikeFrames(sampleRateHz, channels, 42);
        stage = new FeatureStage(spec, channels);
        assembler = new WindowAssembler("bench", true, channels, stage.full.windowSpec(1.0));
    }

    @Benchmark
    public float assemblyOnly() {
        return oneSecond(0);
    }

    @Benchmark
    public float fullWelch() {
        return oneSecond(1);
    }

    @Benchmark
    public float incrementalWelch() {
        return oneSecond(2);
    }

    private float oneSecond(int method) {
        stage.method = method;
        for (int f = 0; f < frames.framesPerSecond(); f++) {
            assembler.append(frames.next(), stage);
        }
        return stage.checksum;
    }
}
