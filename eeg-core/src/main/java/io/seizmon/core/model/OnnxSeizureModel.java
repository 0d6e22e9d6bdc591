package io.seizmon.core.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.seizmon.core.feature.FeatureSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A seizmon classifier loaded in ONNX Runtime: raw feature vectors in, seizure probabilities out.
 *
 * <p>Loading checks the file against {@code docs/model-format.md}: the metadata must parse
 * ({@link ModelMetadata}), its feature spec must equal the caller's (else {@link FeatureSpecMismatchException}
 * naming both), and the graph must have exactly the input {@value ModelMetadata#INPUT_NAME} float32
 * {@code [N, binCount]} and the output {@value ModelMetadata#OUTPUT_NAME} float32 {@code [N, 2]}.
 *
 * <p>One {@link OrtSession} with one intra-op and one inter-op thread, sequential execution (on two cores the
 * other core is left to ingest). Input and output live in direct buffers of {@code maxBatch} rows allocated at
 * load; a call wraps them in tensors without copying and frees the tensors before it returns.
 *
 * <p>Threading: not thread-safe. One thread (the agent's pipeline thread) owns an instance, calls {@link #score}
 * and finally {@link #close}. The process-wide {@link OrtEnvironment} is shared and never closed here.
 */
public final class OnnxSeizureModel implements AutoCloseable {

    /** Default largest batch: from 64 rows on, the cost per window is within 40% of its minimum (performance notes). */
    public static final int DEFAULT_MAX_BATCH = 64;

    private final String source;
    private final ModelMetadata metadata;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final int binCount;
    private final int maxBatch;
    private final FloatBuffer input;
    private final FloatBuffer output;
    private final long[] inputShape;
    private final long[] outputShape;

    private OnnxSeizureModel(String source, ModelMetadata metadata, OrtEnvironment environment, OrtSession session,
                             int maxBatch) {
        this.source = source;
        this.metadata = metadata;
        this.environment = environment;
        this.session = session;
        this.binCount = metadata.featureSpec().binCount();
        this.maxBatch = maxBatch;
        this.input = directFloats(maxBatch * binCount);
        this.output = directFloats(maxBatch * 2);
        this.inputShape = new long[] {0, binCount};
        this.outputShape = new long[] {0, 2};
    }

    /** Loads {@code file} for up to {@link #DEFAULT_MAX_BATCH}; see {@link #load(Path, FeatureSpec, int)}. */
    public static OnnxSeizureModel load(Path file, FeatureSpec expected) throws ModelFormatException {
        return load(file, expected, DEFAULT_MAX_BATCH);
    }

    /**
     * Loads and checks a model file.
     *
     * @param expected the feature spec the caller computes
     * @param maxBatch the most rows one {@link #score} call takes, 1 to 65536
     * @throws ModelFormatException         naming the file when it is missing, not ONNX, or not a seizmon model
     * @throws FeatureSpecMismatchException naming both specs when the model was trained on other features
     */
    public static OnnxSeizureModel load(Path file, FeatureSpec expected, int maxBatch) throws ModelFormatException {
        Objects.requireNonNull(expected, "expected");
        if (maxBatch < 1 || maxBatch > 65_536) {
            throw new IllegalArgumentException("maxBatch: " + maxBatch + " (expected: 1 to 65536)");
        }
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(source, "no such file");
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = open(environment, source);
        try {
            ModelMetadata metadata = ModelMetadata.fromProperties(session.getMetadata().getCustomMetadata(), source);
            metadata.requireFeatureSpec(expected, source);
            requireTensor(source, "input", session.getInputInfo(), ModelMetadata.INPUT_NAME, expected.binCount());
            requireTensor(source, "output", session.getOutputInfo(), ModelMetadata.OUTPUT_NAME, 2);
            return new OnnxSeizureModel(source, metadata, environment, session, maxBatch);
        } catch (OrtException | ModelFormatException | RuntimeException e) {
            closeQuietly(session, e);
            if (e instanceof ModelFormatException m) {
                throw m;
            }
            throw new ModelFormatException(source, "cannot read the model: " + e.getMessage(), e);
        }
    }

    /**
     * Reads only the metadata of a model file, for a caller that must learn the model's feature spec (rate, window)
     * before it can say what it expects, e.g. an offline evaluation; the file is then loaded with {@link #load}.
     *
     * @throws ModelFormatException naming the file when it is missing, not ONNX, or not a seizmon model
     */
    public static ModelMetadata readMetadata(Path file) throws ModelFormatException {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(source, "no such file");
        }
        try (OrtSession session = open(OrtEnvironment.getEnvironment(), source)) {
            return ModelMetadata.fromProperties(session.getMetadata().getCustomMetadata(), source);
        } catch (OrtException e) {
            throw new ModelFormatException(source, "cannot read the model's metadata: " + e.getMessage(), e);
        }
    }

    /** The model's metadata. */
    public ModelMetadata metadata() {
        return metadata;
    }

    /** The most rows one {@link #score} call takes. */
    public int maxBatch() {
        return maxBatch;
    }

    /**
     * Scores {@code count} windows.
     *
     * <p>Layout: row {@code r} of the input is {@code features[r * binCount .. (r + 1) * binCount)}, the raw
     * features exactly as {@link io.seizmon.core.feature.WindowFeatures} writes them. The seizure probability of
     * row {@code r} goes to {@code seizureProbabilities[r]}. The caller owns both arrays; neither is kept. NaN
     * features give NaN probabilities (no exception).
     *
     * @throws IllegalArgumentException when {@code count} is outside 1..{@link #maxBatch()} or an array is short
     * @throws IllegalStateException    when ONNX Runtime fails (the message names the model file) or after close
     */
    public void score(float[] features, int count, float[] seizureProbabilities) {
        if (count < 1 || count > maxBatch) {
            throw new IllegalArgumentException("count: " + count + " (expected: 1 to maxBatch " + maxBatch + ")");
        }
        if (features.length < count * binCount || seizureProbabilities.length < count) {
            throw new IllegalArgumentException("features/seizureProbabilities: length " + features.length + "/"
                    + seizureProbabilities.length + " (expected: >= " + count * binCount + "/" + count + ")");
        }
        input.clear();
        input.put(features, 0, count * binCount).flip();
        output.clear().limit(count * 2);
        inputShape[0] = count;
        outputShape[0] = count;
        try (OnnxTensor in = OnnxTensor.createTensor(environment, input, inputShape);
             OnnxTensor out = OnnxTensor.createTensor(environment, output, outputShape);
             OrtSession.Result ignored = session.run(Map.of(ModelMetadata.INPUT_NAME, in),
                     Map.of(ModelMetadata.OUTPUT_NAME, out))) {
            for (int r = 0; r < count; r++) {
                seizureProbabilities[r] = output.get(2 * r + ModelMetadata.SEIZURE_INDEX);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(source + ": ONNX Runtime failed scoring " + count + " windows: "
                    + e.getMessage(), e);
        }
    }

    /** Releases the session. Idempotent. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException | IllegalStateException e) {
            // closing twice or a failing native release leaves nothing for the caller to do
        }
    }

    private static OrtSession open(OrtEnvironment environment, String source) throws ModelFormatException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            return environment.createSession(source, options);
        } catch (OrtException e) {
            throw new ModelFormatException(source, "ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    private static void requireTensor(String source, String role, Map<String, NodeInfo> nodes, String name,
                                      long columns) throws ModelFormatException {
        NodeInfo node = nodes.get(name);
        boolean ok = nodes.size() == 1 && node != null && node.getInfo() instanceof TensorInfo info
                && info.type == OnnxJavaType.FLOAT && info.getShape().length == 2 && info.getShape()[1] == columns;
        if (!ok) {
            String found = nodes.values().stream().map(n -> n.getName() + " " + n.getInfo()).toList().toString();
            throw new ModelFormatException(source, role + " " + found + " (expected: exactly '" + name
                    + "', float32 [N, " + columns + "])");
        }
    }

    private static void closeQuietly(OrtSession session, Exception primary) {
        try {
            session.close();
        } catch (OrtException e) {
            primary.addSuppressed(e);
        }
    }

    private static FloatBuffer directFloats(int count) {
        return ByteBuffer.allocateDirect(count * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public String toString() {
        return "OnnxSeizureModel[" + source + ", model " + metadata.modelId() + "]";
    }
}
