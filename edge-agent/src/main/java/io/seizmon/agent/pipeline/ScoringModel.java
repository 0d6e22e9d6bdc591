package io.seizmon.agent.pipeline;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.model.OnnxSeizureModel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A loaded, validated model with what events must say about it.
 *
 * @param onnx      the model; its owner (the pipeline thread) scores with it and closes it when it is replaced
 * @param file      the file it was loaded from
 * @param modelId   the name events carry: the file name without {@code .onnx}
 * @param sha256    the SHA-256 of the file, 64 lowercase hex digits
 * @param detection the detection-policy settings in force: the configuration over the model's recommendation
 */
public record ScoringModel(OnnxSeizureModel onnx, Path file, String modelId, String sha256, DetectionSpec detection) {

    public ScoringModel {
        Objects.requireNonNull(onnx, "onnx");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(detection, "detection");
    }

    /** Number of features per window. */
    public int binCount() {
        return onnx.metadata().featureSpec().binCount();
    }
}
