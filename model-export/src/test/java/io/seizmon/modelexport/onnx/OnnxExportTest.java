package io.seizmon.modelexport.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ai.onnx.proto.OnnxMl;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.FeatureSpecMismatchException;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.core.model.OnnxSeizureModel;
import io.seizmon.modelexport.train.ClassifierTrainer;
import io.seizmon.modelexport.train.DualRule;
import io.seizmon.modelexport.train.EpochListener;
import io.seizmon.modelexport.train.Regularisation;
import io.seizmon.modelexport.train.Mlp;
import io.seizmon.modelexport.train.SeizureClassifier;
import io.seizmon.modelexport.train.SyntheticWindows;
import io.seizmon.modelexport.train.TrainingOptions;
import io.seizmon.modelexport.train.WindowDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OnnxExportTest {

    private static final FeatureSpec SPEC = FeatureSpec.of(173.61, 5);
    private static final String MANIFEST_SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    private final WindowDataset data = SyntheticWindows.dataset(60, 0.6, 1);

    @Test
    void exportedDefaultSizeNetworkMatchesTheTrainerInOnnxRuntime() throws IOException {
        TrainingOptions defaults = new TrainingOptions(TrainingOptions.DEFAULT_HIDDEN, 10, 10, 32, 0.001, 0.2, 3,
                0.5, false, Regularisation.NONE);
        SeizureClassifier classifier = new ClassifierTrainer(defaults).train(data, 3, "t", EpochListener.NONE)
                .classifier();
        Path file = export(classifier, "single.onnx");

        ParityResult parity = ParityCheck.check(file, SPEC, classifier, data.features(), data.rows());

        assertThat(classifier.describe()).isEqualTo("mlp 100-250-125-2 relu softmax");
        assertThat(parity.windows()).isEqualTo(240);
        assertThat(parity.maxAbsDiff()).as("max abs diff %s", parity.maxAbsDiff()).isLessThan(1e-5);
        assertThat(parity.passed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DualRule.class)
    void exportedDualNetworkMatchesTheTrainerInOnnxRuntime(DualRule rule) throws IOException {
        SeizureClassifier classifier = new ClassifierTrainer(new TrainingOptions(List.of(16, 8), 30, 10, 16, 0.003,
                0.2, 3, 0.5, true, Regularisation.NONE, 1, Double.NaN, false, rule)).train(data, 3, "t",
                EpochListener.NONE).classifier();
        Path file = export(classifier, "dual-" + rule + ".onnx");

        ParityResult parity = ParityCheck.check(file, SPEC, classifier, data.features(), data.rows());

        assertThat(classifier.dual()).isTrue();
        assertThat(parity.maxAbsDiff()).as("max abs diff %s", parity.maxAbsDiff()).isLessThan(1e-5);
        List<String> ops = OnnxExporter.graph(classifier).getNodeList().stream().map(OnnxMl.NodeProto::getOpType)
                .toList();
        assertThat(ops).containsSubsequence("Sub", "Div", "Gemm", "Relu", "Gemm", "Relu", "Gemm", "Softmax",
                "Gemm", "Relu", "Gemm", "Relu", "Gemm", "Softmax", rule.onnxOperator(), "Gemm");
        assertThat(ops).doesNotContain(rule == DualRule.BOTH ? "Mul" : "Min");
        try (OnnxSeizureModel model = OnnxSeizureModel.load(file, SPEC)) {
            assertThat(model.metadata().architecture()).endsWith("; " + rule.formula());
        }
    }

    @Test
    void exportedEnsemblesMatchTheTrainerInOnnxRuntime() throws IOException {
        for (boolean dual : new boolean[] {false, true}) {
            TrainingOptions options = new TrainingOptions(List.of(16, 8), 30, 10, 16, 0.003, 0.2, 3, 0.5, dual,
                    Regularisation.NONE, 3, Double.NaN, false, DualRule.BOTH);
            SeizureClassifier classifier = new ClassifierTrainer(options).train(data, 3, "t", EpochListener.NONE)
                    .classifier();
            Path file = export(classifier, "ensemble-" + dual + ".onnx");

            ParityResult parity = ParityCheck.check(file, SPEC, classifier, data.features(), data.rows());

            assertThat(parity.maxAbsDiff()).as("dual %s: max abs diff %s", dual, parity.maxAbsDiff())
                    .isLessThan(1e-5);
            List<String> ops = OnnxExporter.graph(classifier).getNodeList().stream()
                    .map(OnnxMl.NodeProto::getOpType).toList();
            assertThat(ops).filteredOn("Softmax"::equals).hasSize(dual ? 6 : 3);
            assertThat(ops).filteredOn("Min"::equals).hasSize(dual ? 3 : 0);
            assertThat(ops).last().isEqualTo("Mean");
            try (OnnxSeizureModel model = OnnxSeizureModel.load(file, SPEC)) {
                assertThat(model.metadata().architecture()).startsWith("ensemble of 3 ");
            }
        }
    }

    @Test
    void aSingleMemberGraphHasNoMean() {
        List<String> ops = OnnxExporter.graph(train(true)).getNodeList().stream().map(OnnxMl.NodeProto::getOpType)
                .toList();

        assertThat(ops).doesNotContain("Mean").last().isEqualTo("Gemm");
    }

    @Test
    void parityCheckFailsWhenTheFileDoesNotComputeWhatTheTrainerDoes() throws IOException {
        SeizureClassifier classifier = train(false);
        Path file = export(classifier, "m.onnx");
        Mlp changed = classifier.first().copy();
        changed.parameters()[changed.shape().biasOffset(2) + 1] += 1e-3;
        SeizureClassifier other = new SeizureClassifier(classifier.standardisation(), changed, null);

        ParityResult parity = ParityCheck.check(file, SPEC, other, data.features(), data.rows());

        assertThat(parity.passed()).isFalse();
        assertThat(parity.maxAbsDiffGraph()).isGreaterThan(1e-5);
        assertThat(parity.maxAbsDiffLoader()).isGreaterThan(1e-5);
    }

    @Test
    void metadataTravelsWithTheFileAndTheIdIsTheGraphHash() throws IOException {
        SeizureClassifier classifier = train(false);
        Path file = export(classifier, "m.onnx");

        try (OnnxSeizureModel model = OnnxSeizureModel.load(file, SPEC)) {
            ModelMetadata m = model.metadata();
            assertThat(m.modelId()).isEqualTo(OnnxExporter.modelId(OnnxExporter.graph(classifier)))
                    .isEqualTo(OnnxExporter.modelId(OnnxMl.ModelProto.parseFrom(Files.readAllBytes(file)).getGraph()));
            assertThat(m.featureSpec()).isEqualTo(SPEC);
            assertThat(m.threshold()).isEqualTo(0.4);
            assertThat(m.architecture()).isEqualTo("mlp 100-16-8-2 relu softmax");
            assertThat(m.manifestSha256()).isEqualTo(MANIFEST_SHA);
        }
        assertThatExceptionOfType(FeatureSpecMismatchException.class)
                .isThrownBy(() -> OnnxSeizureModel.load(file, FeatureSpec.of(256, 5)));
    }

    @Test
    void sameSeedGivesTheSameModelIdAndAnotherSeedAnotherOne() {
        String a = OnnxExporter.modelId(OnnxExporter.graph(train(false)));
        String b = OnnxExporter.modelId(OnnxExporter.graph(train(false)));
        SeizureClassifier other = new ClassifierTrainer(options(false).withSeed(99)).train(data, 99, "t",
                EpochListener.NONE).classifier();

        assertThat(a).isEqualTo(b).hasSize(64);
        assertThat(OnnxExporter.modelId(OnnxExporter.graph(other))).isNotEqualTo(a);
    }

    private SeizureClassifier train(boolean dual) {
        return new ClassifierTrainer(options(dual)).train(data, 3, "t", EpochListener.NONE).classifier();
    }

    private static TrainingOptions options(boolean dual) {
        return new TrainingOptions(List.of(16, 8), 30, 10, 16, 0.003, 0.2, 3, 0.5, dual, Regularisation.NONE);
    }

    private Path export(SeizureClassifier classifier, String name) throws IOException {
        OnnxMl.GraphProto graph = OnnxExporter.graph(classifier);
        ModelMetadata metadata = new ModelMetadata(OnnxExporter.modelId(graph), SPEC, 5,
                DetectionSpec.DEFAULTS.withThreshold(0.4), classifier.describe(), MANIFEST_SHA, "{}",
                Instant.parse("2025-01-01T00:00:00Z"), "test");
        return Files.write(dir.resolve(name), OnnxExporter.model(graph, metadata));
    }
}
