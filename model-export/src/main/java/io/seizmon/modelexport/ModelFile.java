package io.seizmon.modelexport;

import ai.onnx.proto.OnnxMl;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.modelexport.onnx.OnnxExporter;
import io.seizmon.modelexport.onnx.ParityCheck;
import io.seizmon.modelexport.onnx.ParityResult;
import io.seizmon.modelexport.train.CrossValidationResult;
import io.seizmon.modelexport.train.TrainedClassifier;
import io.seizmon.modelexport.train.TrainingOptions;
import io.seizmon.modelexport.train.WindowDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/**
 * Writes the trained classifier as a model file: graph and metadata to a temporary file beside the target, the
 * parity check on that file, and only when it passes an atomic move to the target. A failed check leaves no file.
 */
final class ModelFile {

    /** What was written (or, when {@code parity} failed, would have been). */
    record Written(String modelId, long bytes, Instant created, ParityResult parity) {
    }

    private ModelFile() {
    }

    /**
     * Exports {@code trained} to {@code target}.
     *
     * @param detection the detection-policy defaults to record (its threshold is the recommended one)
     * @param data the windows {@code trained} was trained on; its held-back rows (all rows when none were held
     *             back) are the parity check's windows
     */
    static Written write(Path target, Manifest manifest, FeatureSpec spec, double hopSeconds, DetectionSpec detection,
                         TrainingOptions options, CrossValidationResult cv, TrainedClassifier trained,
                         WindowDataset data) throws IOException {
        OnnxMl.GraphProto graph = OnnxExporter.graph(trained.classifier());
        String modelId = OnnxExporter.modelId(graph);
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ModelMetadata metadata = new ModelMetadata(modelId, spec, hopSeconds,
                detection, trained.classifier().describe(),
                manifest.sha256(), ReportJson.metrics(cv, trained, options), created, ToolVersion.current());
        byte[] bytes = OnnxExporter.model(graph, metadata);
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".train-", ".onnx.tmp");
        try {
            Files.write(temporary, bytes);
            int[] rows = trained.validationRows().length > 0 ? trained.validationRows()
                    : IntStream.range(0, data.rows()).toArray();
            WindowDataset heldBack = data.subset(rows);
            ParityResult parity = ParityCheck.check(temporary, spec, trained.classifier(), heldBack.features(),
                    heldBack.rows());
            if (parity.passed()) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Written(modelId, bytes.length, created, parity);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
