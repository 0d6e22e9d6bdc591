package io.seizmon.modelexport.evaluate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.seizmon.core.dataset.ContinuousRecording;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.modelexport.metrics.ConfusionMatrix;
import io.seizmon.modelexport.metrics.DetectionsTsv;
import io.seizmon.modelexport.metrics.EventScore;
import io.seizmon.modelexport.metrics.WindowMetrics;
import io.seizmon.modelexport.report.DetectionTimeline;
import io.seizmon.modelexport.report.RocChart;
import io.seizmon.modelexport.report.ScoreHistogram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The results of one evaluation: per-window metrics over every entry, SzCORE event metrics over the continuous
 * recordings, and the throughput; printed as a summary and written as a report folder.
 */
record EvaluationReport(Path model, ModelMetadata metadata, Manifest manifest, DetectionSpec detection,
                        double hopSeconds, List<RecordingResult> results, WindowMetrics windows, EventScore events,
                        double eegHours, double wallSeconds) {

    static EvaluationReport of(Path model, ModelMetadata metadata, Manifest manifest, DetectionSpec detection,
                               double hopSeconds, List<RecordingResult> results, double wallSeconds) {
        double hours = results.stream().mapToDouble(RecordingResult::seconds).sum() / 3600;
        return new EvaluationReport(model, metadata, manifest, detection, hopSeconds, results,
                EvaluateCommand.windowMetrics(results, detection.threshold()), EvaluateCommand.eventTotal(results),
                hours, wallSeconds);
    }

    /** Hours of EEG scored per second of wall time. */
    double hoursPerSecond() {
        return eegHours / wallSeconds;
    }

    boolean hasEvents() {
        return results.stream().anyMatch(r -> r.events() != null);
    }

    /** A few lines for the terminal. */
    String summary() {
        ConfusionMatrix c = windows.confusion();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "windows: %d (%d seizure) at threshold %.3f: sensitivity %s, "
                + "specificity %s, AUC %.4f; confusion TP %d FP %d TN %d FN %d%n", c.total(), c.positives(),
                detection.threshold(), EvaluateCommand.percent(c.sensitivity()),
                EvaluateCommand.percent(c.specificity()), windows.auc(), c.truePositives(), c.falsePositives(),
                c.trueNegatives(), c.falseNegatives()));
        if (hasEvents()) {
            s.append(String.format(Locale.ROOT, "events (SzCORE): %d seizures, %d detected, %d false alarms: "
                    + "sensitivity %s, precision %s, F1 %.3f, %.2f false alarms/24 h; onset latency median %.1f s, "
                    + "worst %.1f s; decision latency median %.1f s%n", events.referenceEvents(),
                    events.truePositives(), events.falsePositives(), EvaluateCommand.percent(events.sensitivity()),
                    EvaluateCommand.percent(events.precision()), events.f1(), events.falseAlarmsPer24h(),
                    events.onsetLatency().medianSeconds(), events.onsetLatency().worstSeconds(),
                    events.decisionLatency().medianSeconds()));
        }
        s.append(String.format(Locale.ROOT, "throughput: %.2f h of EEG in %.2f s = %.1f h/s (%.0fx real time)",
                eegHours, wallSeconds, hoursPerSecond(), hoursPerSecond() * 3600));
        return s.toString();
    }

    /** Writes report.json, report.md, roc.png, scores.png and per continuous recording its detections. */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeJson(dir.resolve("report.json"));
        new RocChart("ROC, " + windows.confusion().total() + " windows (AUC = "
                + String.format(Locale.ROOT, "%.4f", windows.auc()) + ")", windows.roc(), detection.threshold())
                .writePng(dir.resolve("roc.png"));
        double[] scores = new double[(int) windows.confusion().total()];
        boolean[] labels = new boolean[scores.length];
        int i = 0;
        for (RecordingResult r : results) {
            System.arraycopy(r.probabilities(), 0, scores, i, r.windowCount());
            System.arraycopy(r.labels(), 0, labels, i, r.windowCount());
            i += r.windowCount();
        }
        new ScoreHistogram("Seizure probability per window, by reference class", scores, labels,
                ScoreHistogram.DEFAULT_BINS, true, detection.threshold()).writePng(dir.resolve("scores.png"));
        StringBuilder recordings = new StringBuilder();
        for (RecordingResult r : results) {
            if (r.events() != null) {
                writeRecording(dir, r, recordings);
            }
        }
        Files.writeString(dir.resolve("report.md"), markdown(recordings.toString()));
    }

    private void writeRecording(Path dir, RecordingResult r, StringBuilder table) throws IOException {
        ContinuousRecording recording = (ContinuousRecording) r.entry();
        String name = recording.path().getFileName().toString().replaceAll("\\.[^.]*$", "");
        Path folder = Files.createDirectories(dir.resolve("detections"));
        DetectionsTsv.writeBids(folder.resolve(name + "_events.tsv"), r.detections());
        DetectionsTsv.writeSzcore(folder.resolve(name + "_szcore.tsv"), r.detections(), r.seconds(),
                LocalDateTime.of(2000, 1, 1, 0, 0), List.of());
        new DetectionTimeline(name, r.seconds(), recording.seizures(), r.detections(), r.startSeconds(),
                r.probabilities(), detection.threshold()).writePng(folder.resolve(name + "_timeline.png"));
        EventScore e = r.events();
        table.append(String.format(Locale.ROOT, "| %s | %.2f h | %d | %d | %d | %.2f | %s |%n", name,
                r.seconds() / 3600, e.referenceEvents(), e.truePositives(), e.falsePositives(),
                e.falseAlarmsPer24h(), Double.isNaN(e.onsetLatency().medianSeconds()) ? "n/a"
                        : String.format(Locale.ROOT, "%.1f s", e.onsetLatency().medianSeconds())));
    }

    private String markdown(String recordingRows) {
        StringBuilder md = new StringBuilder("# Evaluation\n\n");
        md.append("- model: `").append(model.getFileName()).append("` (id `").append(metadata.modelId())
                .append("`, ").append(metadata.featureSpec().toMetadata()).append(")\n");
        md.append("- data: `").append(manifest.source()).append("` (").append(manifest.kind()).append(", ")
                .append(manifest.entries().size()).append(" entries, sha256 `").append(manifest.sha256())
                .append("`)\n");
        md.append("- windows: hop ").append(hopSeconds).append(" s; detection policy ").append(detection)
                .append("\n\n```\n").append(summary()).append("\n```\n\n");
        md.append("![ROC](roc.png)\n\n![scores](scores.png)\n");
        if (!recordingRows.isEmpty()) {
            md.append("\n## Continuous recordings (SzCORE, detections in `detections/`)\n\n")
                    .append("| recording | duration | seizures | detected | false alarms | FA/24 h | onset latency |\n")
                    .append("|---|---|---|---|---|---|---|\n").append(recordingRows);
        }
        return md.toString();
    }

    private void writeJson(Path file) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("model", model.toString());
            json.writeStringField("model_id", metadata.modelId());
            json.writeStringField("feature_spec", metadata.featureSpec().toMetadata());
            json.writeStringField("data", manifest.source());
            json.writeStringField("manifest_sha256", manifest.sha256());
            json.writeNumberField("hop_seconds", hopSeconds);
            json.writeNumberField("threshold", detection.threshold());
            ConfusionMatrix c = windows.confusion();
            json.writeObjectFieldStart("windows");
            json.writeNumberField("count", c.total());
            json.writeNumberField("tp", c.truePositives());
            json.writeNumberField("fp", c.falsePositives());
            json.writeNumberField("tn", c.trueNegatives());
            json.writeNumberField("fn", c.falseNegatives());
            number(json, "sensitivity", c.sensitivity());
            number(json, "specificity", c.specificity());
            number(json, "auc", windows.auc());
            json.writeEndObject();
            if (hasEvents()) {
                json.writeObjectFieldStart("events");
                json.writeNumberField("reference", events.referenceEvents());
                json.writeNumberField("true_positives", events.truePositives());
                json.writeNumberField("false_positives", events.falsePositives());
                number(json, "sensitivity", events.sensitivity());
                number(json, "precision", events.precision());
                number(json, "f1", events.f1());
                number(json, "false_alarms_per_24h", events.falseAlarmsPer24h());
                number(json, "onset_latency_median_s", events.onsetLatency().medianSeconds());
                number(json, "onset_latency_worst_s", events.onsetLatency().worstSeconds());
                number(json, "decision_latency_median_s", events.decisionLatency().medianSeconds());
                json.writeEndObject();
            }
            json.writeNumberField("eeg_hours", eegHours);
            json.writeNumberField("wall_seconds", wallSeconds);
            number(json, "hours_per_second", hoursPerSecond());
            json.writeEndObject();
        }
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
