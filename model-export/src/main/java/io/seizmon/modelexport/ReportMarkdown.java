package io.seizmon.modelexport;

import io.seizmon.modelexport.train.BinaryMetrics;
import io.seizmon.modelexport.train.CrossValidationResult;
import io.seizmon.modelexport.train.FoldResult;
import io.seizmon.modelexport.train.TrainedClassifier;
import io.seizmon.modelexport.train.TrainingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code report.md}: the run's numbers as a short Markdown summary (details in report.json). */
final class ReportMarkdown {

    private ReportMarkdown() {
    }

    /** Writes the summary, with {@code charts} (files beside {@code file}) as images at the end. */
    static void write(TrainingReport r, Path file, List<Path> charts) throws IOException {
        StringBuilder md = new StringBuilder();
        TrainingOptions o = r.options();
        line(md, "# Training report");
        line(md, "");
        line(md, "- data: `%s` (%s, manifest sha256 `%s`)", r.manifest().source(), r.manifest().kind(),
                r.manifest().sha256());
        line(md, "- %d entries, %d groups, %d windows (%d seizure); %d gaps, %d windows dropped (non-finite)",
                r.manifest().entries().size(), r.data().groupCount(), r.data().rows(), r.data().seizureRows(),
                r.gapCount(), r.droppedNonFiniteWindows());
        line(md, "- features: `%s`, test windows every %s s, training windows every %s s%s", r.spec().toMetadata(),
                r.hopSeconds(), r.trainHopSeconds(), r.seizureTrainHopSeconds() == r.trainHopSeconds() ? ""
                        : " (seizure windows every " + r.seizureTrainHopSeconds() + " s)");
        line(md, "- network: %s; Adam lr %s, batch %d, up to %d epochs, patience %d, validation %s of the "
                + "training groups; balanced class weights; seed %d", r.finalModel().classifier().describe()
                + (o.committee() ? " (a committee: member k early-stopped on inner grouped fold k)" : ""),
                o.learningRate(), o.batchSize(), o.maxEpochs(), o.patience(), o.validationFraction(), o.seed());
        line(md, "- regularisation: weight decay %s, input dropout %s, hidden dropout %s, gain augmentation ±%s "
                + "log10", o.regularisation().weightDecay(), o.regularisation().inputDropout(),
                o.regularisation().hiddenDropout(), o.regularisation().gainLog10());
        line(md, "- threshold %s (a window is called seizure when p >= threshold)%s; detection-policy defaults in "
                + "the model: %s", r.finalModel().threshold(), o.thresholdFromValidation() ? String.format(Locale.ROOT,
                " chosen on the validation split: the most sensitive keeping validation specificity >= %s; each "
                + "fold chooses its own", o.validationSpecificity()) : "", r.detection());
        line(md, "- tool %s, %s", r.toolVersion(), r.created());
        if (r.crossValidation() != null) {
            crossValidation(md, r.crossValidation());
        }
        TrainedClassifier f = r.finalModel();
        line(md, "");
        line(md, "## Exported model");
        line(md, "");
        line(md, "- trained on %d windows, early-stopped on %d held-back windows (first network: best epoch %d of "
                + "%d%s)",
                f.trainingRows().length, f.validationRows().length, f.first().bestEpoch(), f.first().epochs(),
                f.second() == null ? "" : String.format(Locale.ROOT, "; second: best epoch %d of %d on %d hard "
                        + "negatives", f.second().bestEpoch(), f.second().epochs(), f.hardNegatives()));
        if (f.validation() != null) {
            line(md, "- held-back validation: %s", summary(f.validation()));
        }
        line(md, "- `%s`, %d bytes, model id `%s`", r.modelFile(), r.modelBytes(), r.modelId());
        line(md, "- ONNX Runtime parity on %d held-back windows: max |difference| %.3g (graph %.3g, agent loader "
                + "%.3g), tolerance %.0e: %s", r.parity().windows(), r.parity().maxAbsDiff(),
                r.parity().maxAbsDiffGraph(), r.parity().maxAbsDiffLoader(), r.parity().tolerance(),
                r.parity().passed() ? "passed" : "FAILED");
        line(md, "");
        line(md, "Time: features %.1f s, cross-validation %.1f s, final training %.1f s, export and parity %.1f s, "
                + "total %.1f s.", r.seconds().features(), r.seconds().crossValidation(),
                r.seconds().finalTraining(), r.seconds().export(), r.seconds().total());
        line(md, "");
        line(md, "Series in report.json for charts: per epoch `trainLoss`, `validationLoss`, `validationSensitivity`, "
                + "`validationSpecificity`, `validationAuc` (each fold's and the final model's networks); per fold "
                + "`testScores.seizure` / `testScores.nonSeizure` (the out-of-fold probabilities per class).");
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            line(md, "");
            line(md, "![%s](%s)", name.replace(".png", ""), name);
        }
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }

    private static void crossValidation(StringBuilder md, CrossValidationResult cv) {
        boolean dual = cv.folds().get(0).testFirstOnly() != null;
        line(md, "");
        line(md, "## %d-fold grouped cross-validation", cv.folds().size());
        line(md, "");
        line(md, "| fold | test windows | seizure | threshold | sensitivity | specificity | AUC | epochs (best) |%s",
                dual ? " first net alone: sens / spec / AUC |" : "");
        line(md, "|---|---|---|---|---|---|---|---|%s", dual ? "---|" : "");
        for (FoldResult fold : cv.folds()) {
            BinaryMetrics t = fold.test();
            line(md, "| %d | %d | %d | %.4g | %s | %s | %s | %d (%d) |%s", fold.fold() + 1,
                    t.positives() + t.negatives(), t.positives(), t.threshold(), pct(t.sensitivity()),
                    pct(t.specificity()), num(t.auc()),
                    fold.trained().first().epochs(), fold.trained().first().bestEpoch(),
                    dual ? " " + pct(fold.testFirstOnly().sensitivity()) + " / "
                            + pct(fold.testFirstOnly().specificity()) + " / " + num(fold.testFirstOnly().auc()) + " |"
                            : "");
        }
        line(md, "| **mean** | | | | **%s** | **%s** | **%s** | |%s", pct(cv.meanSensitivity()),
                pct(cv.meanSpecificity()), num(cv.meanAuc()), dual ? " |" : "");
        BinaryMetrics p = cv.pooled();
        line(md, "| pooled | %d | %d | | %s | %s | %s | |%s", p.positives() + p.negatives(), p.positives(),
                pct(p.sensitivity()), pct(p.specificity()), num(p.auc()), dual ? " |" : "");
    }

    private static String summary(BinaryMetrics m) {
        return String.format(Locale.ROOT, "%d windows (%d seizure), sensitivity %s, specificity %s, AUC %s",
                m.positives() + m.negatives(), m.positives(), pct(m.sensitivity()), pct(m.specificity()), num(m.auc()));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
