package io.seizmon.core.model;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a seizmon ONNX model says about itself, stored as the model's {@code metadata_props} (string key/value
 * pairs; keys and formats in {@code docs/model-format.md}).
 *
 * <p>The graph has one input {@value #INPUT_NAME} (float32 {@code [N, binCount]}, raw features exactly as
 * {@link FeatureSpec} computes them: standardisation is inside the graph) and one output {@value #OUTPUT_NAME}
 * (float32 {@code [N, 2]}, class probabilities in the order of {@link #CLASSES}).
 *
 * @param modelId        lower-case hex SHA-256 of the serialised ONNX {@code GraphProto} (weights and structure,
 *                       not the metadata): two files with the same id compute the same function
 * @param featureSpec    the features the model was trained on; a scorer refuses any other spec
 * @param hopSeconds     the hop of the training windows, seconds (informational: the agent chooses its own hop)
 * @param detection      the recommended detection policy; its {@code threshold} is the recommended threshold
 * @param architecture   a human-readable description of the network, e.g. {@code mlp 100-250-125-2 relu softmax}
 * @param manifestSha256 {@link io.seizmon.core.dataset.Manifest#sha256()} of the training data
 * @param metricsJson    the training metrics as a JSON object (cross-validation and validation results)
 * @param created        when the model was written
 * @param toolVersion    version of the tool that wrote it
 */
public record ModelMetadata(String modelId, FeatureSpec featureSpec, double hopSeconds, DetectionSpec detection,
                            String architecture, String manifestSha256, String metricsJson, Instant created,
                            String toolVersion) {

    /** Format identifier, key {@value #KEY_FORMAT}. */
    public static final String FORMAT = "seizmon-model-v1";
    /** Name of the graph's input. */
    public static final String INPUT_NAME = "features";
    /** Name of the graph's output. */
    public static final String OUTPUT_NAME = "probabilities";
    /** Class order of the output: index 0 non-seizure, index 1 seizure. */
    public static final List<String> CLASSES = List.of("non-seizure", "seizure");
    /** Index of the seizure class in the output. */
    public static final int SEIZURE_INDEX = 1;

    public static final String KEY_FORMAT = "seizmon.format";
    public static final String KEY_MODEL_ID = "seizmon.model_id";
    public static final String KEY_FEATURE_SPEC = "seizmon.feature_spec";
    public static final String KEY_SAMPLE_RATE_HZ = "seizmon.sample_rate_hz";
    public static final String KEY_WINDOW_SECONDS = "seizmon.window_seconds";
    public static final String KEY_HOP_SECONDS = "seizmon.hop_seconds";
    public static final String KEY_INPUT = "seizmon.input";
    public static final String KEY_OUTPUT = "seizmon.output";
    public static final String KEY_CLASSES = "seizmon.classes";
    public static final String KEY_THRESHOLD = "seizmon.threshold";
    public static final String KEY_DETECTION = "seizmon.detection";
    public static final String KEY_ARCHITECTURE = "seizmon.architecture";
    public static final String KEY_MANIFEST_SHA256 = "seizmon.manifest_sha256";
    public static final String KEY_METRICS = "seizmon.metrics";
    public static final String KEY_CREATED = "seizmon.created";
    public static final String KEY_TOOL_VERSION = "seizmon.tool_version";

    /** The value of {@value #KEY_CLASSES}: {@link #CLASSES} as a JSON array. */
    public static final String CLASSES_JSON = "[\"non-seizure\",\"seizure\"]";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ModelMetadata {
        Objects.requireNonNull(featureSpec, "featureSpec");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(created, "created");
        requireSha256("modelId", modelId);
        requireSha256("manifestSha256", manifestSha256);
        if (!(hopSeconds > 0 && hopSeconds <= featureSpec.windowSeconds())) {
            throw new IllegalArgumentException("hopSeconds: " + hopSeconds + " (expected: > 0 and <= windowSeconds "
                    + featureSpec.windowSeconds() + ")");
        }
        requireText("architecture", architecture);
        requireText("toolVersion", toolVersion);
        if (metricsJson == null || !metricsJson.strip().startsWith("{")) {
            throw new IllegalArgumentException("metricsJson: " + metricsJson + " (expected: a JSON object)");
        }
    }

    /** The recommended probability threshold, {@code detection().threshold()}. */
    public double threshold() {
        return detection.threshold();
    }

    /**
     * Returns the metadata as {@code metadata_props} entries, in the order {@code docs/model-format.md} lists them.
     * {@link #fromProperties} reads them back to an equal record.
     */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(KEY_FORMAT, FORMAT);
        p.put(KEY_MODEL_ID, modelId);
        p.put(KEY_FEATURE_SPEC, featureSpec.toMetadata());
        p.put(KEY_SAMPLE_RATE_HZ, Double.toString(featureSpec.sampleRateHz()));
        p.put(KEY_WINDOW_SECONDS, Double.toString(featureSpec.windowSeconds()));
        p.put(KEY_HOP_SECONDS, Double.toString(hopSeconds));
        p.put(KEY_INPUT, INPUT_NAME);
        p.put(KEY_OUTPUT, OUTPUT_NAME);
        p.put(KEY_CLASSES, CLASSES_JSON);
        p.put(KEY_THRESHOLD, Double.toString(detection.threshold()));
        p.put(KEY_DETECTION, "onsetWindows=" + detection.onsetWindows() + " onsetOf=" + detection.onsetOf()
                + " offsetWindows=" + detection.offsetWindows() + " minEventSeconds=" + detection.minEventSeconds()
                + " refractorySeconds=" + detection.refractorySeconds());
        p.put(KEY_ARCHITECTURE, architecture);
        p.put(KEY_MANIFEST_SHA256, manifestSha256);
        p.put(KEY_METRICS, metricsJson);
        p.put(KEY_CREATED, created.toString());
        p.put(KEY_TOOL_VERSION, toolVersion);
        return p;
    }

    /**
     * Reads metadata written by {@link #toProperties}. Unknown keys are ignored.
     *
     * @param source the file (or description) the properties came from, for messages
     * @throws ModelFormatException naming the source, the key and the problem when a key is missing or malformed,
     *                              or when the redundant keys (rate, window, input, output, classes) disagree
     */
    public static ModelMetadata fromProperties(Map<String, String> properties, String source)
            throws ModelFormatException {
        return new MetadataReader(properties, source).read();
    }

    /**
     * Checks that the model computes on {@code expected} features.
     *
     * @throws FeatureSpecMismatchException naming both specs when they differ
     */
    public void requireFeatureSpec(FeatureSpec expected, String source) throws FeatureSpecMismatchException {
        if (!featureSpec.equals(Objects.requireNonNull(expected, "expected"))) {
            throw new FeatureSpecMismatchException(source, featureSpec, expected);
        }
    }

    private static void requireSha256(String name, String value) {
        if (value == null || !SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: 64 lower-case hex digits)");
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": '" + value + "' (expected: non-blank text)");
        }
    }
}
