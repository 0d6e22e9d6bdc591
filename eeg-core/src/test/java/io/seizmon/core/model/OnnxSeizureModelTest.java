package io.seizmon.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.seizmon.core.feature.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxSeizureModelTest {

    private static final FeatureSpec SPEC = FeatureSpec.of(512, 4);
    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    private final Random random = new Random(11);
    private final float[] weights = randomFloats(100, 0.1);

    @Test
    void scoresBatchesWithTheSeizureColumnOfTheGraphsOutput() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("m.onnx"), weights, 0.25f, 100,
                TinyOnnxModel.metadata(SPEC).toProperties());
        float[] features = randomFloats(100 * 7, 3);

        try (OnnxSeizureModel model = OnnxSeizureModel.load(file, SPEC, 8)) {
            float[] p = new float[9];
            model.score(features, 7, p);
            for (int r = 0; r < 7; r++) {
                double z = 0.25;
                for (int k = 0; k < 100; k++) {
                    z += (double) weights[k] * features[r * 100 + k];
                }
                double expected = 1 / (1 + Math.exp(-z));
                assertThat(Math.abs(p[r] - expected)).as("row %d: %s vs %s", r, p[r], expected)
                        .isLessThan(TOLERANCE);
            }
            assertThat(p[7]).isZero();
            float[] single = new float[1];
            model.score(java.util.Arrays.copyOfRange(features, 300, 400), 1, single);
            assertThat(single[0]).isEqualTo(p[3]);
            assertThat(model.metadata().threshold()).isEqualTo(0.7);
        }
    }

    @Test
    void refusesAModelForAnotherFeatureSpecNamingBoth() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("m.onnx"), weights, 0, 100,
                TinyOnnxModel.metadata(SPEC).toProperties());

        assertThatExceptionOfType(FeatureSpecMismatchException.class)
                .isThrownBy(() -> OnnxSeizureModel.load(file, FeatureSpec.of(512, 5)))
                .withMessageStartingWith(file + ": feature spec '" + SPEC.toMetadata() + "' of the model")
                .withMessageEndingWith("expected '" + FeatureSpec.of(512, 5).toMetadata() + "'");
    }

    @Test
    void refusesAGraphWhoseInputIsNotOneRowOfFeatures() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("m.onnx"), randomFloats(50, 1), 0, 50,
                TinyOnnxModel.metadata(SPEC).toProperties());

        assertThatExceptionOfType(ModelFormatException.class).isThrownBy(() -> OnnxSeizureModel.load(file, SPEC))
                .withMessageContaining("input [features ").withMessageContaining("(expected: exactly 'features', "
                        + "float32 [N, 100])");
    }

    @Test
    void refusesAnOnnxFileWithoutSeizmonMetadata() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("m.onnx"), weights, 0, 100, Map.of());

        assertThatExceptionOfType(ModelFormatException.class).isThrownBy(() -> OnnxSeizureModel.load(file, SPEC))
                .withMessage(file + ": metadata seizmon.format: missing (expected: a seizmon model, see "
                        + "docs/model-format.md)");
    }

    @Test
    void refusesAFileThatIsNotOnnxOrMissing() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.onnx"), "not a model");

        assertThatExceptionOfType(ModelFormatException.class).isThrownBy(() -> OnnxSeizureModel.load(junk, SPEC))
                .withMessageStartingWith(junk + ": ONNX Runtime cannot load it: ");
        assertThatExceptionOfType(ModelFormatException.class)
                .isThrownBy(() -> OnnxSeizureModel.load(dir.resolve("none.onnx"), SPEC))
                .withMessage(dir.resolve("none.onnx") + ": no such file");
    }

    @Test
    void checksBatchSizeAndArrayLengths() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("m.onnx"), weights, 0, 100,
                TinyOnnxModel.metadata(SPEC).toProperties());
        try (OnnxSeizureModel model = OnnxSeizureModel.load(file, SPEC, 4)) {
            assertThatIllegalArgumentException().isThrownBy(() -> model.score(new float[500], 5, new float[5]))
                    .withMessage("count: 5 (expected: 1 to maxBatch 4)");
            assertThatIllegalArgumentException().isThrownBy(() -> model.score(new float[199], 2, new float[2]))
                    .withMessage("features/seizureProbabilities: length 199/2 (expected: >= 200/2)");
        }
    }

    private float[] randomFloats(int n, double scale) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (random.nextGaussian() * scale);
        }
        return out;
    }
}
