package io.seizmon.modelexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.core.model.OnnxSeizureModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code seizmon train} end to end on a small synthetic manifest: exit codes, model, metadata and report. */
class TrainCommandTest {

    private static final double RATE = 256;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void trainsExportsAModelTheAgentLoadsAndWritesTheReport() throws IOException {
        Path manifest = syntheticManifest(24);
        Path model = dir.resolve("out/model.onnx");

        int exit = run("train", "--data", manifest.toString(), "--out", model.toString(), "--report",
                dir.resolve("report").toString(), "--folds", "3", "--epochs", "15", "--hidden", "16,8", "--seed", "4",
                "--threshold", "0.6");

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("48 windows (16 seizure)").contains("fold 3/3 test")
                .contains("cross-validation mean").containsPattern("final first +epoch +1 ")
                .contains("parity (ONNX Runtime vs trainer)");
        try (OnnxSeizureModel loaded = OnnxSeizureModel.load(model, FeatureSpec.of(RATE, 5))) {
            ModelMetadata m = loaded.metadata();
            assertThat(m.threshold()).isEqualTo(0.6);
            assertThat(m.architecture()).isEqualTo("mlp 100-16-8-2 relu softmax");
            assertThat(m.hopSeconds()).isEqualTo(5.0);
            assertThat(m.metricsJson()).contains("\"crossValidation\":{\"folds\":3");
        }
        String json = Files.readString(dir.resolve("report/report.json"));
        assertThat(json).contains("\"windows\" : 48").contains("\"perFold\"").contains("\"validationLoss\"")
                .contains("\"testScores\"").contains("\"passed\" : true");
        assertThat(Files.readString(dir.resolve("report/report.md"))).contains("## 3-fold grouped cross-validation")
                .contains("| **mean** |").contains("![loss](loss.png)").contains("![roc](roc.png)");
        for (String chart : new String[] {"loss.png", "loss-folds.png", "roc.png", "scores.png"}) {
            assertIsAChartPng(dir.resolve("report").resolve(chart));
        }
        assertThat(Files.list(dir.resolve("out")).map(p -> p.getFileName().toString()))
                .containsExactly("model.onnx");
    }

    @Test
    void withoutCrossValidationTheChartsShowTheHeldBackWindows() throws IOException {
        Path manifest = syntheticManifest(24);
        Path report = dir.resolve("report");

        int exit = run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(), "--report",
                report.toString(), "--folds", "0", "--epochs", "10", "--hidden", "8", "--quiet");

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(Files.list(report).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("report.json", "report.md", "loss.png", "roc.png", "scores.png");
        for (String chart : new String[] {"loss.png", "roc.png", "scores.png"}) {
            assertIsAChartPng(report.resolve(chart));
        }
    }

    /** A PNG (by its signature and by decoding) of the report size, with a drawing on it. */
    private static void assertIsAChartPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as(file.toString()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N',
                (byte) 'G', (byte) '\r', (byte) '\n', (byte) 0x1A, (byte) '\n');
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file.toString()).isNotNull();
        assertThat(image.getWidth()).as(file + " width").isEqualTo(800);
        assertThat(image.getHeight()).as(file + " height").isEqualTo(500);
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int b = rgb & 0xFF;
                coloured += Math.abs(r - b) > 60 ? 1 : 0;
            }
        }
        assertThat(coloured).as(file + ": pixels in a series colour (not just axes and text)").isGreaterThan(200);
    }

    @Test
    void recordsTheGivenDetectionPolicyInTheModel() throws IOException {
        Path manifest = syntheticManifest(12);
        Path model = dir.resolve("m.onnx");

        int exit = run("train", "--data", manifest.toString(), "--out", model.toString(), "--folds", "0",
                "--epochs", "3", "--hidden", "8", "--quiet", "--threshold", "0.7", "--onset-windows", "5",
                "--onset-of", "6", "--min-event", "8s", "--refractory", "60");

        assertThat(exit).as("stderr: %s", err).isZero();
        try (OnnxSeizureModel loaded = OnnxSeizureModel.load(model, FeatureSpec.of(RATE, 5))) {
            assertThat(loaded.metadata().detection()).isEqualTo(DetectionSpec.of(0.7, 5, 6,
                    DetectionSpec.DEFAULT_OFFSET_WINDOWS, 8, 60));
        }
    }

    @Test
    void thresholdFromValidationIsRecordedInTheModelAndUsedPerFold() throws IOException {
        Path manifest = syntheticManifest(24);
        Path model = dir.resolve("m.onnx");

        int exit = run("train", "--data", manifest.toString(), "--out", model.toString(), "--report",
                dir.resolve("report").toString(), "--folds", "3", "--epochs", "10", "--hidden", "8", "--quiet",
                "--threshold-from-validation", "--ensemble", "2");

        assertThat(exit).as("stderr: %s", err).isZero();
        java.util.regex.Matcher chosen = java.util.regex.Pattern.compile(
                "recommended threshold, chosen on the final model's validation windows: (\\S+)")
                .matcher(out.toString());
        assertThat(chosen.find()).as(out.toString()).isTrue();
        try (OnnxSeizureModel loaded = OnnxSeizureModel.load(model, FeatureSpec.of(RATE, 5))) {
            assertThat(loaded.metadata().threshold()).isCloseTo(Double.parseDouble(chosen.group(1)),
                    org.assertj.core.api.Assertions.within(1e-5));
            assertThat(loaded.metadata().metricsJson()).contains("\"thresholdFromValidationSpecificity\":0.995")
                    .contains("\"ensemble\":2");
            assertThat(loaded.metadata().architecture()).startsWith("ensemble of 2 ");
        }
        String json = Files.readString(dir.resolve("report/report.json"));
        assertThat(json).contains("\"thresholdFromValidationSpecificity\" : 0.995").contains("\"misclassified\"")
                .contains("\"otherMembers\"");
    }

    @Test
    void seizureWindowsCanBeCutMoreDenselyForTraining() throws IOException {
        Path manifest = syntheticManifest(12); // 4 seizure and 8 other 10-s recordings

        int exit = run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(), "--report",
                dir.resolve("report").toString(), "--folds", "0", "--epochs", "2", "--hidden", "8", "--quiet",
                "--seizure-train-hop", "1s");

        assertThat(exit).as("stderr: %s", err).isZero();
        // test windows every 5 s: 2 per recording; training: 2 per other recording, 6 (0..5 s) per seizure one
        assertThat(out.toString()).contains("-> 24 windows (8 seizure)")
                .contains("training windows at hop 5.0 s, seizure windows at hop 1.0 s: 40 (24 seizure)");
        assertThat(Files.readString(dir.resolve("report/report.json")))
                .contains("\"trainHopSeconds\" : 5.0").contains("\"seizureTrainHopSeconds\" : 1.0");
        assertThat(Files.readString(dir.resolve("report/report.md"))).contains("(seizure windows every 1.0 s)");
        assertThat(run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(),
                "--seizure-train-hop", "6s")).isEqualTo(2);
        assertThat(err.toString()).contains("6.0");
    }

    @Test
    void theDualRuleIsRecordedInTheModelAndTheReport() throws IOException {
        Path manifest = syntheticManifest(12);

        for (String rule : new String[] {"both", "product"}) {
            Path model = dir.resolve(rule + ".onnx");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("train", "--data",
                    manifest.toString(), "--out", model.toString(), "--report", dir.resolve(rule).toString(),
                    "--folds", "0", "--epochs", "3", "--hidden", "8", "--quiet", "--dual"));
            if (rule.equals("product")) {
                args.addAll(java.util.List.of("--dual-rule", "PRODUCT"));
            }

            assertThat(run(args.toArray(String[]::new))).as("stderr: %s", err).isZero();
            try (OnnxSeizureModel loaded = OnnxSeizureModel.load(model, FeatureSpec.of(RATE, 5))) {
                assertThat(loaded.metadata().architecture()).startsWith("dual mlp ")
                        .endsWith(rule.equals("both") ? "; p = min(p1, p2)" : "; p = p1 * p2");
            }
            assertThat(Files.readString(dir.resolve(rule).resolve("report.json")))
                    .contains("\"dualRule\" : \"" + rule + "\"");
        }
        assertThat(run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(),
                "--dual-rule", "product")).isEqualTo(2);
        assertThat(err.toString()).contains("--dual-rule product (expected: with --dual)");
        assertThat(run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(), "--dual",
                "--dual-rule", "sum")).isEqualTo(2);
        assertThat(err.toString()).contains("--dual-rule").contains("sum");
    }

    @Test
    void aGivenThresholdAndOneFromValidationExcludeEachOther() throws IOException {
        Path manifest = syntheticManifest(6);

        int exit = run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(),
                "--threshold", "0.4", "--threshold-from-validation", "0.99");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--threshold 0.4 and --threshold-from-validation 0.99 (expected: one of "
                + "them)");
        assertThat(run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString(),
                "--ensemble", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("ensemble: 0 (expected: 1 to 32)");
    }

    @Test
    void sameSeedWritesTheSameModelId() throws IOException {
        Path manifest = syntheticManifest(12);
        String[] common = {"--data", manifest.toString(), "--folds", "0", "--epochs", "5", "--hidden", "8", "--quiet"};

        run(concat(common, "train", "--out", dir.resolve("a.onnx").toString()));
        run(concat(common, "train", "--out", dir.resolve("b.onnx").toString()));

        try (OnnxSeizureModel a = OnnxSeizureModel.load(dir.resolve("a.onnx"), FeatureSpec.of(RATE, 5));
             OnnxSeizureModel b = OnnxSeizureModel.load(dir.resolve("b.onnx"), FeatureSpec.of(RATE, 5))) {
            assertThat(a.metadata().modelId()).isEqualTo(b.metadata().modelId());
        }
    }

    @Test
    void badManifestExitsWithTwoAndTheManifestError() throws IOException {
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "path,label\nmissing.txt,seizure\n");

        int exit = run("train", "--data", manifest.toString(), "--out", dir.resolve("m.onnx").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("seizmon train: " + manifest.toAbsolutePath() + ":2: no such file: ");
        assertThat(dir.resolve("m.onnx")).doesNotExist();
    }

    @Test
    void unusableArgumentsExitWithTwo() throws IOException {
        Path manifest = syntheticManifest(3);

        assertThat(run("train", "--data", manifest.toString(), "--out", "m.onnx", "--folds", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--folds: 1 (expected: 0 to skip cross-validation, or 2 or more)");
        assertThat(run("train", "--data", manifest.toString(), "--out", "m.onnx", "--folds", "20")).isEqualTo(2);
        assertThat(err.toString()).contains("--folds: 20 (expected: at most the 3 groups of the data)");
        assertThat(run("train", "--data", manifest.toString(), "--out", "m.onnx", "--window", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' (expected: seconds such as 5, 5s, 2.5s or 500ms)");
        assertThat(run("train", "--out", "m.onnx")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--data=MANIFEST_OR_DIR'");
        assertThat(run()).isEqualTo(2);
    }

    private int run(String... args) {
        CommandLine commandLine = ModelExportMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String[] concat(String[] tail, String... head) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail))
                .toArray(String[]::new);
    }

    /**
     * {@code perClass * 2} ten-second recordings at 256 Hz as one-value-per-line text; a third of them seizures
     * (a strong 5-Hz rhythm in noise), each its own group. Every recording gives two 5-s windows.
     */
    private Path syntheticManifest(int recordings) throws IOException {
        Random random = new Random(17);
        StringBuilder manifest = new StringBuilder("path,label,sample_rate_hz,group\n");
        for (int f = 0; f < recordings; f++) {
            boolean seizure = f % 3 == 0;
            double[] x = IntStream.range(0, (int) RATE * 10).mapToDouble(i -> 10 * random.nextGaussian()
                    + (seizure ? 60 * Math.sin(2 * Math.PI * 5 * i / RATE) : 0)).toArray();
            String name = "rec" + f + ".txt";
            Files.writeString(dir.resolve(name), java.util.Arrays.stream(x)
                    .mapToObj(v -> String.format(java.util.Locale.ROOT, "%.3f", v))
                    .collect(Collectors.joining("\n", "", "\n")));
            manifest.append(name).append(',').append(seizure ? "seizure" : "non-seizure").append(",256,rec")
                    .append(f).append('\n');
        }
        return Files.writeString(dir.resolve("manifest.csv"), manifest);
    }
}
