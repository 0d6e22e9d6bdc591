package io.seizmon.core.model;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Small ONNX models for the edge agent's tests, written by eeg-core's own test writer ({@link TinyOnnxModel}, a
 * logistic regression {@code p = 1 / (1 + exp(-(w . x + bias)))}), with metadata for any feature spec. It lives in
 * eeg-core's test package to reuse that package-private writer from the eeg-core test-jar.
 */
public final class AgentTestModels {

    private AgentTestModels() {
    }

    /**
     * Writes a model for {@code spec} whose seizure probability is {@code sigmoid(gain * (x[bin] - midpoint))}.
     *
     * @param detection the detection-policy defaults recorded in the metadata
     */
    public static Path write(Path file, FeatureSpec spec, int bin, float gain, float midpoint,
                             DetectionSpec detection) throws IOException {
        float[] w = new float[spec.binCount()];
        w[bin] = gain;
        ModelMetadata metadata = new ModelMetadata(TinyOnnxModel.SHA, spec, 1.0, detection, "logistic bin " + bin,
                TinyOnnxModel.SHA, "{}", Instant.parse("2026-01-01T00:00:00Z"), "test");
        Map<String, String> properties = metadata.toProperties();
        return TinyOnnxModel.write(file, w, -gain * midpoint, spec.binCount(), properties);
    }
}
