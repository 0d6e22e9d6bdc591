package io.seizmon.core.model;

import static io.seizmon.core.model.ModelMetadata.CLASSES_JSON;
import static io.seizmon.core.model.ModelMetadata.FORMAT;
import static io.seizmon.core.model.ModelMetadata.INPUT_NAME;
import static io.seizmon.core.model.ModelMetadata.OUTPUT_NAME;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Parses {@link ModelMetadata#toProperties()} back, naming the source and the key in every error. */
final class MetadataReader {

    private final Map<String, String> properties;
    private final String source;

    MetadataReader(Map<String, String> properties, String source) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.source = Objects.requireNonNull(source, "source");
    }

    ModelMetadata read() throws ModelFormatException {
        requireEqual(ModelMetadata.KEY_FORMAT, FORMAT);
        requireEqual(ModelMetadata.KEY_INPUT, INPUT_NAME);
        requireEqual(ModelMetadata.KEY_OUTPUT, OUTPUT_NAME);
        requireEqual(ModelMetadata.KEY_CLASSES, CLASSES_JSON);
        FeatureSpec spec = featureSpec();
        requireEqual(ModelMetadata.KEY_SAMPLE_RATE_HZ, Double.toString(spec.sampleRateHz()));
        requireEqual(ModelMetadata.KEY_WINDOW_SECONDS, Double.toString(spec.windowSeconds()));
        DetectionSpec detection = detection(number(ModelMetadata.KEY_THRESHOLD));
        try {
            return new ModelMetadata(get(ModelMetadata.KEY_MODEL_ID), spec, number(ModelMetadata.KEY_HOP_SECONDS),
                    detection, get(ModelMetadata.KEY_ARCHITECTURE), get(ModelMetadata.KEY_MANIFEST_SHA256),
                    get(ModelMetadata.KEY_METRICS), created(), get(ModelMetadata.KEY_TOOL_VERSION));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source, "metadata: " + e.getMessage(), e);
        }
    }

    private FeatureSpec featureSpec() throws ModelFormatException {
        String text = get(ModelMetadata.KEY_FEATURE_SPEC);
        try {
            return FeatureSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source, "metadata " + ModelMetadata.KEY_FEATURE_SPEC + ": "
                    + e.getMessage(), e);
        }
    }

    private DetectionSpec detection(double threshold) throws ModelFormatException {
        String text = get(ModelMetadata.KEY_DETECTION);
        Map<String, Double> values = new HashMap<>();
        for (String token : text.strip().split(" ")) {
            int eq = token.indexOf('=');
            Double value = eq > 0 ? parse(token.substring(eq + 1)) : null;
            if (value == null || values.put(token.substring(0, eq), value) != null) {
                throw malformed(ModelMetadata.KEY_DETECTION, text, "onsetWindows=K onsetOf=N offsetWindows=M "
                        + "minEventSeconds=S refractorySeconds=S, each once");
            }
        }
        try {
            return DetectionSpec.of(threshold, whole(values, "onsetWindows", text), whole(values, "onsetOf", text),
                    whole(values, "offsetWindows", text), values.getOrDefault("minEventSeconds", Double.NaN),
                    values.getOrDefault("refractorySeconds", Double.NaN));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source, "metadata " + ModelMetadata.KEY_DETECTION + " / "
                    + ModelMetadata.KEY_THRESHOLD + ": " + e.getMessage(), e);
        }
    }

    private int whole(Map<String, Double> values, String key, String text) throws ModelFormatException {
        Double value = values.get(key);
        if (value == null || value != Math.rint(value)) {
            throw malformed(ModelMetadata.KEY_DETECTION, text, "an integer " + key);
        }
        return value.intValue();
    }

    private Instant created() throws ModelFormatException {
        String text = get(ModelMetadata.KEY_CREATED);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(ModelMetadata.KEY_CREATED, text, "an ISO-8601 instant such as 2025-01-31T12:00:00Z");
        }
    }

    private double number(String key) throws ModelFormatException {
        String text = get(key);
        Double value = parse(text);
        if (value == null) {
            throw malformed(key, text, "a finite number");
        }
        return value;
    }

    private static Double parse(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void requireEqual(String key, String expected) throws ModelFormatException {
        String value = get(key);
        if (!value.equals(expected)) {
            throw malformed(key, value, expected);
        }
    }

    private String get(String key) throws ModelFormatException {
        String value = properties.get(key);
        if (value == null) {
            throw new ModelFormatException(source, "metadata " + key + ": missing (expected: a seizmon model, "
                    + "see docs/model-format.md)");
        }
        return value;
    }

    private ModelFormatException malformed(String key, String value, String expected) {
        return new ModelFormatException(source, "metadata " + key + ": '" + value + "' (expected: " + expected + ")");
    }
}
