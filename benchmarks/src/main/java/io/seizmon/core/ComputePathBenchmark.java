package io.seizmon.core;

import ai.onnx.proto.OnnxMl;
import io.seizmon.benchmarks.MicrosecondBenchmark;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.IncrementalWindowFeatures;
import io.seizmon.core.feature.WindowFeatures;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.core.model.OnnxSeizureModel;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.quality.SignalQualityGate;
import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import io.seizmon.modelexport.onnx.OnnxExporter;
import io.seizmon.modelexport.train.Mlp;
import io.seizmon.modelexport.train.MlpShape;
import io.seizmon.modelexport.train.SeizureClassifier;
import io.seizmon.modelexport.train.Standardisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The edge agent's compute path per 5-s window at 1000 Hz (1-s hop), frames in to probabilities out: one second of
 * frames ({@code channels} channels, ten 100-ms frames) through the {@link WindowAssembler}, then per channel the
 * {@link SignalQualityGate}, the periodogram features, and rows batched 64 at a time into ONNX Runtime (an MLP
 * 100-250-125-2 with random weights, exported by model-export's {@link OnnxExporter} into a temporary file). One call
 * is one window of {@code channels} channels; divide by {@code channels} for the cost per channel-window.
 *
 * <p>{@code agentPath}: the gate takes its density from {@link IncrementalWindowFeatures}, which transforms only the
 * two new Welch segments. {@code fullWelchPath}: gate with its own periodogram plus {@link WindowFeatures} (nine
 * segments each, the spectrum computed twice), the path without this work. {@code onnxBatchOf64}: one
 * 64-row score call alone.
 */
public class ComputePathBenchmark extends MicrosecondBenchmark {

    static final int BATCH = 64;
    static final double RATE_HZ = 1000;

    @Param({"1", "16", "64"})
    public int channels;

    private Path modelFile;
    private OnnxSeizureModel model;
    private EegLikeFrames frames;
    private WindowAssembler assembler;
    private Pipeline pipeline;
    private float[] batchFeatures;
    private final float[] probabilities = new float[BATCH];

    /** Gate, features and batched scoring for every channel of each window. */
    final class Pipeline implements WindowSink {
        final SignalQualityGate sharedGate;
        final IncrementalWindowFeatures incremental;
        final SignalQualityGate ownGate;
        final WindowFeatures full;
        final float[] rows;
        final int bins;
        boolean useIncremental;
        int pending;
        float checksum;

        Pipeline(FeatureSpec spec) {
            incremental = new IncrementalWindowFeatures(spec, channels);
            sharedGate = new SignalQualityGate(QualitySpec.DEFAULT, incremental);
            ownGate = new SignalQualityGate(QualitySpec.DEFAULT, spec);
            full = new WindowFeatures(spec);
            bins = spec.binCount();
            rows = new float[BATCH * bins];
        }

        @Override
        public void onWindow(Window window) {
            for (int c = 0; c < window.channelCount(); c++) {
                boolean ok = useIncremental ? sharedGate.assess(window, c).scoreable()
                        : ownGate.assess(window, c).scoreable();
                if (!ok) {
                    throw new IllegalStateException("benchmark window refused on channel " + c);
                }
                int offset = pending * bins;
                if (useIncremental) {
                    incremental.compute(window, c, rows, offset);
                } else {
                    full.compute(window, c, rows, offset);
                }
                if (++pending == BATCH) {
                    model.score(rows, BATCH, probabilities);
                    checksum += probabilities[BATCH - 1];
                    pending = 0;
                }
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
    public void setUp() throws IOException, ModelFormatException {
        FeatureSpec spec = FeatureSpec.of(RATE_HZ);
        modelFile = writeRandomModel(spec);
        model = OnnxSeizureModel.load(modelFile, spec, BATCH);
        frames = new EegLikeFrames(RATE_HZ, channels, 42);
        pipeline = new Pipeline(spec);
        assembler = new WindowAssembler("bench", true, channels, pipeline.full.windowSpec(1.0));
        batchFeatures = new float[BATCH * spec.binCount()];
        Random random = new Random(5);
        for (int i = 0; i < batchFeatures.length; i++) {
            batchFeatures[i] = (float) (random.nextGaussian() + 1);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        model.close();
        Files.deleteIfExists(modelFile);
    }

    @Benchmark
    public float agentPath() {
        return oneSecond(true);
    }

    @Benchmark
    public float fullWelchPath() {
        return oneSecond(false);
    }

    @Benchmark
    public float onnxBatchOf64() {
        model.score(batchFeatures, BATCH, probabilities);
        return probabilities[BATCH - 1];
    }

    private float oneSecond(boolean incremental) {
        pipeline.useIncremental = incremental;
        for (int f = 0; f < frames.framesPerSecond(); f++) {
            assembler.append(frames.next(), pipeline);
        }
        return pipeline.checksum;
    }

    /** An MLP 100-250-125-2 with random weights and identity standardisation, written as a seizmon ONNX model. */
    static Path writeRandomModel(FeatureSpec spec) throws IOException {
        int bins = spec.binCount();
        float[] mean = new float[bins];
        float[] scale = new float[bins];
        Arrays.fill(scale, 1f);
        Mlp mlp = Mlp.initialised(MlpShape.of(bins, List.of(250, 125), 2), new Random(11));
        SeizureClassifier classifier = new SeizureClassifier(new Standardisation(mean, scale, new boolean[bins]), mlp,
                null);
        OnnxMl.GraphProto graph = OnnxExporter.graph(classifier);
        ModelMetadata metadata = new ModelMetadata(OnnxExporter.modelId(graph), spec, 1.0, DetectionSpec.DEFAULTS,
                classifier.describe(), "0".repeat(64), "{}", Instant.parse("2026-01-01T00:00:00Z"), "benchmark");
        Path file = Files.createTempFile("seizmon-benchmark-", ".onnx");
        try {
            return Files.write(file, OnnxExporter.model(graph, metadata));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
