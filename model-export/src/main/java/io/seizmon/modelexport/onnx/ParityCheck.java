package io.seizmon.modelexport.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.core.model.OnnxSeizureModel;
import io.seizmon.modelexport.train.SeizureClassifier;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads an exported model in ONNX Runtime and compares its outputs with the trainer's own forward pass
 * ({@link SeizureClassifier#classProbabilities}, double precision) on the same raw feature rows: once through a
 * plain session over both output columns, once through {@link OnnxSeizureModel} (the agent's loader, which also
 * checks the metadata and the feature spec).
 */
public final class ParityCheck {

    /** The largest accepted absolute difference of a probability. */
    public static final double TOLERANCE = 1e-5;

    private ParityCheck() {
    }

    /**
     * Compares on {@code rows} rows of {@code features} (row-major, {@code spec.binCount()} columns).
     *
     * @throws ModelFormatException when the file does not load as a seizmon model for {@code spec}
     */
    public static ParityResult check(Path model, FeatureSpec spec, SeizureClassifier classifier, float[] features,
                                     int rows) throws ModelFormatException {
        if (rows < 1) {
            throw new IllegalArgumentException("rows: " + rows + " (expected: >= 1 window to compare)");
        }
        double[] expected = classifier.classProbabilities(features, rows);
        double graph = compareGraph(model, spec.binCount(), features, rows, expected);
        double loader = 0;
        try (OnnxSeizureModel scorer = OnnxSeizureModel.load(model, spec)) {
            int batch = scorer.maxBatch();
            float[] rowFeatures = new float[batch * spec.binCount()];
            float[] p = new float[batch];
            for (int from = 0; from < rows; from += batch) {
                int count = Math.min(batch, rows - from);
                System.arraycopy(features, from * spec.binCount(), rowFeatures, 0, count * spec.binCount());
                scorer.score(rowFeatures, count, p);
                for (int b = 0; b < count; b++) {
                    loader = maxDiff(loader, p[b], expected[2 * (from + b) + ModelMetadata.SEIZURE_INDEX]);
                }
            }
        }
        return new ParityResult(rows, graph, loader, TOLERANCE);
    }

    private static double compareGraph(Path model, int bins, float[] features, int rows, double[] expected)
            throws ModelFormatException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = environment.createSession(model.toString(), options);
                 OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(features, 0, rows * bins),
                         new long[] {rows, bins});
                 OrtSession.Result result = session.run(Map.of(ModelMetadata.INPUT_NAME, input))) {
                FloatBuffer out = ((OnnxTensor) result.get(ModelMetadata.OUTPUT_NAME)
                        .orElseThrow(() -> new ModelFormatException(model.toString(), "no output "
                                + ModelMetadata.OUTPUT_NAME))).getFloatBuffer();
                if (out.remaining() != 2 * rows) {
                    throw new ModelFormatException(model.toString(), "output of " + out.remaining()
                            + " values (expected: " + 2 * rows + ")");
                }
                double max = 0;
                for (int k = 0; k < 2 * rows; k++) {
                    max = maxDiff(max, out.get(k), expected[k]);
                }
                return max;
            }
        } catch (OrtException e) {
            throw new ModelFormatException(model.toString(), "ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    /** NaN-propagating maximum of the running value and |a − b|. */
    private static double maxDiff(double running, double a, double b) {
        double d = Math.abs(a - b);
        return Double.isNaN(d) || Double.isNaN(running) ? Double.NaN : Math.max(running, d);
    }
}
