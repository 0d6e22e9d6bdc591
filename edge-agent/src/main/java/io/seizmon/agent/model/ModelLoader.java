package io.seizmon.agent.model;

import io.seizmon.agent.config.DetectionConfig;
import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.model.OnnxSeizureModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Loads and validates a model for the agent: {@link OnnxSeizureModel#load} checks the metadata (format, class order
 * {@code ["non-seizure","seizure"]}, rate and window agreeing with the feature spec, input and output tensors) and
 * refuses a model whose feature spec (rate, window, bins) differs from the agent's, naming both; then the detection
 * settings are the configuration over the model's recommendation, and the file's SHA-256 is computed for events.
 *
 * <p>Stateless; safe from any thread (the watcher loads on its own thread and hands the result to the pipeline).
 */
public final class ModelLoader {

    private final FeatureSpec expected;
    private final int maxBatch;
    private final DetectionConfig detection;

    /** @param expected the features the agent computes (its rate and window) */
    public ModelLoader(FeatureSpec expected, int maxBatch, DetectionConfig detection) {
        this.expected = expected;
        this.maxBatch = maxBatch;
        this.detection = detection;
    }

    /** The features the agent computes. */
    public FeatureSpec expected() {
        return expected;
    }

    /**
     * Loads {@code file}.
     *
     * @throws ModelFormatException naming the file and what is wrong (for a spec mismatch: both specs)
     */
    public ScoringModel load(Path file) throws ModelFormatException {
        OnnxSeizureModel onnx = OnnxSeizureModel.load(file, expected, maxBatch);
        try {
            String sha256 = sha256(file);
            String name = file.getFileName().toString();
            String id = name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
            return new ScoringModel(onnx, file, id.isEmpty() ? onnx.metadata().modelId() : id, sha256,
                    detection.over(onnx.metadata().detection()));
        } catch (ModelFormatException e) {
            onnx.close();
            throw e;
        } catch (RuntimeException e) {
            onnx.close();
            throw new ModelFormatException(file.toString(), e.getMessage(), e);
        }
    }

    /**
     * Loads another instance of {@code original} from its file, for another pipeline thread.
     *
     * @throws ModelFormatException when the file no longer loads or has changed since {@code original} was loaded
     */
    public ScoringModel copyOf(ScoringModel original) throws ModelFormatException {
        ScoringModel copy = load(original.file());
        if (!copy.sha256().equals(original.sha256())) {
            copy.onnx().close();
            throw new ModelFormatException(original.file().toString(), "the file changed while it was loaded (sha256 "
                    + original.sha256() + ", now " + copy.sha256() + ")");
        }
        return copy;
    }

    private static String sha256(Path file) throws ModelFormatException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ModelFormatException(file.toString(), "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
