package io.seizmon.modelexport.evaluate;

import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.dataset.ManifestFormatException;
import io.seizmon.core.dataset.Manifests;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.model.OnnxSeizureModel;
import io.seizmon.modelexport.DetectionOptions;
import io.seizmon.modelexport.ModelExportMain;
import io.seizmon.modelexport.metrics.EventScore;
import io.seizmon.modelexport.metrics.WindowMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seizmon evaluate --model model.onnx --data MANIFEST_OR_DIR [--report DIR]}: scores every window of the
 * data with the agent's feature and inference path, then reports per-window metrics and, for continuous recordings,
 * per-event SzCORE metrics of the detection policy's events, and the throughput.
 *
 * <p>Exit codes as {@link ModelExportMain}: 0 done, 1 failure while running, 2 bad input (model, manifest, data
 * that does not fit the model); the message names what and why.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate a model per window and per event (SzCORE) on labelled data.")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Option(names = "--model", required = true, paramLabel = "MODEL.onnx", description = "the model to evaluate")
    private Path modelFile;

    @Option(names = "--data", required = true, paramLabel = "MANIFEST_OR_DIR",
            description = "a manifest CSV or a dataset folder (docs/datasets.md)")
    private Path data;

    @Option(names = "--report", paramLabel = "DIR", description = "write report.json, report.md, charts, detections")
    private Path reportDir;

    @Option(names = "--threshold", paramLabel = "P", description = "window threshold (default: the model's)")
    private Double threshold;

    @Option(names = "--hop", paramLabel = "SECONDS", description = "hop between windows (default: the model's)")
    private Double hopSeconds;

    @Mixin
    private DetectionOptions detectionOptions = new DetectionOptions();

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter out = command.commandLine().getOut();
        Manifest manifest;
        try {
            manifest = Manifests.load(data);
        } catch (IOException e) {
            return fail(err, ModelExportMain.EXIT_USAGE, e.getMessage());
        }
        if (manifest.entries().isEmpty()) {
            return fail(err, ModelExportMain.EXIT_USAGE, data + ": no entries");
        }
        FeatureSpec spec;
        try {
            spec = OnnxSeizureModel.readMetadata(modelFile).featureSpec();
        } catch (ModelFormatException e) {
            return fail(err, ModelExportMain.EXIT_USAGE, e.getMessage());
        }
        try (OnnxSeizureModel model = OnnxSeizureModel.load(modelFile, spec, OnnxSeizureModel.DEFAULT_MAX_BATCH)) {
            DetectionSpec detection = detectionOptions.applyTo(model.metadata().detection(), threshold);
            double hop = hopSeconds == null ? model.metadata().hopSeconds() : hopSeconds;
            Evaluation evaluation = new Evaluation(model, hop, detection);
            long started = System.nanoTime();
            List<RecordingResult> results = new ArrayList<>();
            for (DatasetEntry entry : manifest.entries()) {
                results.add(evaluation.evaluate(entry));
            }
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            EvaluationReport report = EvaluationReport.of(modelFile, model.metadata(), manifest, detection, hop,
                    results, wallSeconds);
            out.println(report.summary());
            if (reportDir != null) {
                report.write(reportDir);
                out.println("report: " + reportDir.toAbsolutePath());
            }
            out.flush();
            return ModelExportMain.EXIT_OK;
        } catch (ModelFormatException | ManifestFormatException | IllegalArgumentException e) {
            return fail(err, ModelExportMain.EXIT_USAGE, e.getMessage());
        } catch (IOException | IllegalStateException e) {
            return fail(err, ModelExportMain.EXIT_FAILURE, e.getMessage());
        }
    }

    private static int fail(PrintWriter err, int status, String message) {
        err.println("seizmon evaluate: " + message);
        err.flush();
        return status;
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
    }

    static WindowMetrics windowMetrics(List<RecordingResult> results, double threshold) {
        int n = results.stream().mapToInt(RecordingResult::windowCount).sum();
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        int i = 0;
        for (RecordingResult r : results) {
            System.arraycopy(r.probabilities(), 0, scores, i, r.windowCount());
            System.arraycopy(r.labels(), 0, labels, i, r.windowCount());
            i += r.windowCount();
        }
        return WindowMetrics.of(scores, labels, threshold);
    }

    static EventScore eventTotal(List<RecordingResult> results) {
        return EventScore.total(results.stream().filter(r -> r.events() != null).map(RecordingResult::events)
                .toList());
    }
}
