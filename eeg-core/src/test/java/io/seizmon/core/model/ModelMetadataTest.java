package io.seizmon.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelMetadataTest {

    private static final String SHA = TinyOnnxModel.SHA;
    private final ModelMetadata metadata = new ModelMetadata(SHA, FeatureSpec.of(173.61, 5), 5.0,
            DetectionSpec.of(0.62, 2, 3, 4, 1.5, 20), "mlp 100-250-125-2", SHA.replace('0', 'f'),
            "{\"crossValidation\":{\"auc\":0.99}}", Instant.parse("2025-06-01T10:11:12.345Z"), "0.1.0");

    @Test
    void roundTripsThroughProperties() throws ModelFormatException {
        Map<String, String> properties = metadata.toProperties();

        assertThat(ModelMetadata.fromProperties(properties, "m.onnx")).isEqualTo(metadata);
        assertThat(properties).containsEntry("seizmon.feature_spec",
                "seizmon-welch-log10-1hz-v1 sampleRateHz=173.61 windowSeconds=5.0 binCount=100 epsilon=1.0E-6")
                .containsEntry("seizmon.classes", "[\"non-seizure\",\"seizure\"]")
                .containsEntry("seizmon.threshold", "0.62")
                .containsEntry("seizmon.detection",
                        "onsetWindows=2 onsetOf=3 offsetWindows=4 minEventSeconds=1.5 refractorySeconds=20.0")
                .containsEntry("seizmon.input", "features").containsEntry("seizmon.output", "probabilities")
                .containsEntry("seizmon.created", "2025-06-01T10:11:12.345Z");
        assertThat(metadata.threshold()).isEqualTo(0.62);
    }

    @Test
    void namesTheSourceAndKeyOfAMissingEntry() {
        Map<String, String> properties = new LinkedHashMap<>(metadata.toProperties());
        properties.remove("seizmon.manifest_sha256");

        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(properties, "m.onnx"))
                .withMessage("m.onnx: metadata seizmon.manifest_sha256: missing (expected: a seizmon model, "
                        + "see docs/model-format.md)");
    }

    @Test
    void rejectsMalformedValuesNamingKeyValueAndExpectation() {
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.threshold", "high"), "m.onnx"))
                .withMessage("m.onnx: metadata seizmon.threshold: 'high' (expected: a finite number)");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.threshold", "1.5"), "m.onnx"))
                .withMessageContaining("threshold: 1.5 (expected: > 0 and <= 1)");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.detection", "onsetWindows=2"), "m"))
                .withMessageContaining("metadata seizmon.detection: 'onsetWindows=2' (expected: an integer onsetOf)");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.created", "yesterday"), "m"))
                .withMessageContaining("seizmon.created: 'yesterday'");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.model_id", "abc"), "m"))
                .withMessageContaining("modelId: abc (expected: 64 lower-case hex digits)");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.feature_spec", "fft"), "m"))
                .withMessageContaining("metadata seizmon.feature_spec: featureSpec.sampleRateHz: missing in 'fft'");
    }

    @Test
    void rejectsRedundantKeysThatDisagreeWithTheFeatureSpec() {
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.sample_rate_hz", "256.0"), "m"))
                .withMessage("m: metadata seizmon.sample_rate_hz: '256.0' (expected: 173.61)");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.classes", "[\"seizure\",\"x\"]"), "m"))
                .withMessageContaining("seizmon.classes");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> ModelMetadata.fromProperties(with("seizmon.format", "other"), "m"))
                .withMessage("m: metadata seizmon.format: 'other' (expected: seizmon-model-v1)");
    }

    @Test
    void refusesAnotherFeatureSpecNamingBoth() {
        FeatureSpec agent = FeatureSpec.of(256, 5);

        assertThatExceptionOfType(FeatureSpecMismatchException.class)
                .isThrownBy(() -> metadata.requireFeatureSpec(agent, "m.onnx"))
                .withMessage("m.onnx: feature spec 'seizmon-welch-log10-1hz-v1 sampleRateHz=173.61 windowSeconds=5.0 "
                        + "binCount=100 epsilon=1.0E-6' of the model differs from the expected "
                        + "'seizmon-welch-log10-1hz-v1 sampleRateHz=256.0 windowSeconds=5.0 binCount=100 "
                        + "epsilon=1.0E-6'");
    }

    @Test
    void checksItsComponents() {
        FeatureSpec spec = FeatureSpec.of(256, 4);
        assertThatIllegalArgumentException().isThrownBy(() -> new ModelMetadata(SHA, spec, 5, DetectionSpec.DEFAULTS,
                "a", SHA, "{}", Instant.EPOCH, "v")).withMessage("hopSeconds: 5.0 (expected: > 0 and <= "
                + "windowSeconds 4.0)");
        assertThatIllegalArgumentException().isThrownBy(() -> new ModelMetadata(SHA, spec, 1, DetectionSpec.DEFAULTS,
                "a", SHA, "[]", Instant.EPOCH, "v")).withMessage("metricsJson: [] (expected: a JSON object)");
        assertThatIllegalArgumentException().isThrownBy(() -> new ModelMetadata(SHA, spec, 1, DetectionSpec.DEFAULTS,
                " ", SHA, "{}", Instant.EPOCH, "v")).withMessage("architecture: ' ' (expected: non-blank text)");
    }

    private Map<String, String> with(String key, String value) {
        Map<String, String> properties = new LinkedHashMap<>(metadata.toProperties());
        properties.put(key, value);
        return properties;
    }
}
