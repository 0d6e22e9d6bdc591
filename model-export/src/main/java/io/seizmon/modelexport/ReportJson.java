package io.seizmon.modelexport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.seizmon.modelexport.train.BinaryMetrics;
import io.seizmon.modelexport.train.CrossValidationResult;
import io.seizmon.modelexport.train.EpochStats;
import io.seizmon.modelexport.train.FoldResult;
import io.seizmon.modelexport.train.TrainedClassifier;
import io.seizmon.modelexport.train.TrainingOptions;
import io.seizmon.modelexport.train.TrainingRun;
import io.seizmon.modelexport.train.WindowDataset;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@code report.json} (every number of a run, including the per-epoch series and the per-window test
 * scores for charts) and the compact metrics JSON stored in the model. NaN is written as {@code null}.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** The compact metrics stored in the model's metadata: cross-validation summary and final validation. */
    static String metrics(CrossValidationResult cv, TrainedClassifier finalModel, TrainingOptions options)
            throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("threshold", finalModel.threshold());
            if (options.thresholdFromValidation()) {
                g.writeNumberField("thresholdFromValidationSpecificity", options.validationSpecificity());
            }
            if (options.ensemble() > 1) {
                g.writeNumberField("ensemble", options.ensemble());
                g.writeBooleanField("committee", options.committee());
            }
            if (cv != null) {
                g.writeObjectFieldStart("crossValidation");
                g.writeNumberField("folds", cv.folds().size());
                number(g, "meanSensitivity", cv.meanSensitivity());
                number(g, "meanSpecificity", cv.meanSpecificity());
                number(g, "meanAuc", cv.meanAuc());
                metrics(g, "pooled", cv.pooled());
                g.writeEndObject();
            }
            metrics(g, "finalValidation", finalModel.validation());
            g.writeEndObject();
        }
        return text.toString();
    }

    static void write(TrainingReport r, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = FACTORY.createGenerator(writer).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("tool", "seizmon model-export train");
            g.writeStringField("toolVersion", r.toolVersion());
            g.writeStringField("created", r.created().toString());
            data(g, r);
            g.writeObjectFieldStart("features");
            g.writeStringField("spec", r.spec().toMetadata());
            g.writeNumberField("sampleRateHz", r.spec().sampleRateHz());
            g.writeNumberField("windowSeconds", r.spec().windowSeconds());
            g.writeNumberField("hopSeconds", r.hopSeconds());
            g.writeNumberField("trainHopSeconds", r.trainHopSeconds());
            g.writeNumberField("seizureTrainHopSeconds", r.seizureTrainHopSeconds());
            g.writeNumberField("binCount", r.spec().binCount());
            g.writeEndObject();
            options(g, r.options());
            g.writeStringField("detection", r.detection().toString());
            if (r.crossValidation() != null) {
                crossValidation(g, r.crossValidation(), r.seconds().crossValidation(), r.data());
            }
            g.writeFieldName("finalModel");
            trained(g, r.finalModel(), r.seconds().finalTraining());
            export(g, r);
            g.writeObjectFieldStart("seconds");
            g.writeNumberField("features", r.seconds().features());
            g.writeNumberField("crossValidation", r.seconds().crossValidation());
            g.writeNumberField("finalTraining", r.seconds().finalTraining());
            g.writeNumberField("export", r.seconds().export());
            g.writeNumberField("total", r.seconds().total());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void data(JsonGenerator g, TrainingReport r) throws IOException {
        g.writeObjectFieldStart("data");
        g.writeStringField("source", r.manifest().source());
        g.writeStringField("kind", r.manifest().kind());
        g.writeStringField("manifestSha256", r.manifest().sha256());
        g.writeNumberField("entries", r.manifest().entries().size());
        g.writeNumberField("groups", r.data().groupCount());
        g.writeNumberField("windows", r.data().rows());
        g.writeNumberField("seizureWindows", r.data().seizureRows());
        g.writeNumberField("gaps", r.gapCount());
        g.writeNumberField("droppedNonFiniteWindows", r.droppedNonFiniteWindows());
        g.writeNumberField("rejectedRecords", r.rejectedRecords());
        g.writeEndObject();
    }

    private static void options(JsonGenerator g, TrainingOptions o) throws IOException {
        g.writeObjectFieldStart("training");
        g.writeArrayFieldStart("hidden");
        for (int h : o.hidden()) {
            g.writeNumber(h);
        }
        g.writeEndArray();
        g.writeStringField("activation", "relu");
        g.writeStringField("output", "softmax, categorical cross-entropy");
        g.writeStringField("optimizer", "adam");
        g.writeStringField("classWeighting", "balanced: n / (2 n_class)");
        g.writeNumberField("maxEpochs", o.maxEpochs());
        g.writeNumberField("patience", o.patience());
        g.writeNumberField("batchSize", o.batchSize());
        g.writeNumberField("learningRate", o.learningRate());
        g.writeNumberField("validationFraction", o.validationFraction());
        g.writeNumberField("weightDecay", o.regularisation().weightDecay());
        g.writeNumberField("inputDropout", o.regularisation().inputDropout());
        g.writeNumberField("hiddenDropout", o.regularisation().hiddenDropout());
        g.writeNumberField("gainAugmentationLog10", o.regularisation().gainLog10());
        g.writeNumberField("seed", o.seed());
        g.writeNumberField("threshold", o.threshold());
        number(g, "thresholdFromValidationSpecificity", o.validationSpecificity());
        g.writeBooleanField("dual", o.dual());
        if (o.dual()) {
            g.writeStringField("dualRule", o.dualRule().name().toLowerCase(Locale.ROOT));
        }
        g.writeNumberField("ensemble", o.ensemble());
        g.writeBooleanField("committee", o.committee());
        g.writeEndObject();
    }

    private static void crossValidation(JsonGenerator g, CrossValidationResult cv, double seconds, WindowDataset data)
            throws IOException {
        g.writeObjectFieldStart("crossValidation");
        g.writeNumberField("folds", cv.folds().size());
        g.writeStringField("grouping", "by entry group (recording / annotated event), stratified");
        g.writeNumberField("seconds", seconds);
        g.writeObjectFieldStart("mean");
        number(g, "sensitivity", cv.meanSensitivity());
        number(g, "specificity", cv.meanSpecificity());
        number(g, "auc", cv.meanAuc());
        g.writeEndObject();
        metrics(g, "pooled", cv.pooled());
        g.writeArrayFieldStart("perFold");
        for (FoldResult fold : cv.folds()) {
            g.writeStartObject();
            g.writeNumberField("fold", fold.fold() + 1);
            g.writeNumberField("testGroups", fold.testGroups());
            metrics(g, "test", fold.test());
            if (fold.testFirstOnly() != null) {
                metrics(g, "testFirstNetworkOnly", fold.testFirstOnly());
            }
            scores(g, fold.testScores(), fold.testSeizure());
            misclassified(g, fold, data);
            g.writeFieldName("training");
            trained(g, fold.trained(), fold.trained().trainingSeconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void trained(JsonGenerator g, TrainedClassifier t, double seconds) throws IOException {
        g.writeStartObject();
        g.writeStringField("architecture", t.classifier().describe());
        g.writeNumberField("trainWindows", t.trainingRows().length);
        g.writeNumberField("validationWindows", t.validationRows().length);
        g.writeNumberField("seconds", seconds);
        g.writeNumberField("threshold", t.threshold());
        metrics(g, "validation", t.validation());
        if (t.validationFirstOnly() != null) {
            metrics(g, "validationFirstNetworkOnly", t.validationFirstOnly());
        }
        run(g, "first", t.first());
        if (t.second() != null) {
            g.writeNumberField("hardNegatives", t.hardNegatives());
            run(g, "second", t.second());
        }
        if (t.firstRuns().size() > 1) {
            g.writeArrayFieldStart("otherMembers");
            for (int m = 1; m < t.firstRuns().size(); m++) {
                g.writeStartObject();
                run(g, "first", t.firstRuns().get(m));
                if (!t.secondRuns().isEmpty()) {
                    run(g, "second", t.secondRuns().get(m));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, String name, TrainingRun run) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("epochs", run.epochs());
        g.writeNumberField("bestEpoch", run.bestEpoch());
        g.writeNumberField("seconds", run.seconds());
        g.writeArrayFieldStart("history");
        for (EpochStats e : run.history()) {
            g.writeStartObject();
            g.writeNumberField("epoch", e.epoch());
            number(g, "trainLoss", e.trainLoss());
            number(g, "validationLoss", e.validationLoss());
            BinaryMetrics v = e.validation();
            number(g, "validationSensitivity", v == null ? Double.NaN : v.sensitivity());
            number(g, "validationSpecificity", v == null ? Double.NaN : v.specificity());
            number(g, "validationAuc", v == null ? Double.NaN : v.auc());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void scores(JsonGenerator g, double[] scores, boolean[] seizure) throws IOException {
        g.writeObjectFieldStart("testScores");
        for (boolean cls : new boolean[] {true, false}) {
            g.writeArrayFieldStart(cls ? "seizure" : "nonSeizure");
            for (int i = 0; i < scores.length; i++) {
                if (seizure[i] == cls) {
                    g.writeNumber(scores[i]);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The test windows called wrongly at the threshold, with their group (recording) names. */
    private static void misclassified(JsonGenerator g, FoldResult fold, WindowDataset data) throws IOException {
        g.writeArrayFieldStart("misclassified");
        for (int i = 0; i < fold.testScores().length; i++) {
            boolean called = fold.testScores()[i] >= fold.test().threshold();
            if (called != fold.testSeizure()[i]) {
                g.writeStartObject();
                g.writeStringField("group", data.groupNames().get(data.group(fold.testRows()[i])));
                g.writeBooleanField("seizure", fold.testSeizure()[i]);
                g.writeNumberField("score", fold.testScores()[i]);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void export(JsonGenerator g, TrainingReport r) throws IOException {
        g.writeObjectFieldStart("export");
        g.writeStringField("path", r.modelFile().toString());
        g.writeStringField("modelId", r.modelId());
        g.writeNumberField("bytes", r.modelBytes());
        g.writeObjectFieldStart("parity");
        g.writeNumberField("windows", r.parity().windows());
        g.writeStringField("windowsFrom", r.options().committee() ? "every training window (a committee: each held "
                + "back from one member)" : r.finalModel().validationRows().length > 0
                ? "the final model's validation split (held back from training)" : "all windows (none held back)");
        number(g, "maxAbsDiff", r.parity().maxAbsDiff());
        number(g, "maxAbsDiffGraph", r.parity().maxAbsDiffGraph());
        number(g, "maxAbsDiffLoader", r.parity().maxAbsDiffLoader());
        g.writeNumberField("tolerance", r.parity().tolerance());
        g.writeBooleanField("passed", r.parity().passed());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void metrics(JsonGenerator g, String name, BinaryMetrics m) throws IOException {
        if (m == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        number(g, "threshold", m.threshold());
        g.writeNumberField("positives", m.positives());
        g.writeNumberField("negatives", m.negatives());
        g.writeNumberField("truePositives", m.truePositives());
        g.writeNumberField("trueNegatives", m.trueNegatives());
        g.writeNumberField("falsePositives", m.falsePositives());
        g.writeNumberField("falseNegatives", m.falseNegatives());
        number(g, "sensitivity", m.sensitivity());
        number(g, "specificity", m.specificity());
        number(g, "auc", m.auc());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }
}
