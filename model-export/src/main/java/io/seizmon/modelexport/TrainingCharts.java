package io.seizmon.modelexport;

import io.seizmon.modelexport.metrics.Roc;
import io.seizmon.modelexport.report.Chart;
import io.seizmon.modelexport.report.LineChart;
import io.seizmon.modelexport.report.RocChart;
import io.seizmon.modelexport.report.ScoreHistogram;
import io.seizmon.modelexport.report.Series;
import io.seizmon.modelexport.train.CrossValidationResult;
import io.seizmon.modelexport.train.EpochStats;
import io.seizmon.modelexport.train.FoldResult;
import io.seizmon.modelexport.train.TrainedClassifier;
import io.seizmon.modelexport.train.TrainingRun;
import io.seizmon.modelexport.train.WindowDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training report's pictures, drawn with the evaluate report's charts ({@code io.seizmon.modelexport.report},
 * 800 × 500 PNG):
 *
 * <ul>
 *   <li>{@value #LOSS_FILE}: the final model's training and validation loss per epoch (both networks of the dual
 *       method);</li>
 *   <li>{@value #FOLD_LOSS_FILE} (with cross-validation): each fold's first-network validation loss per epoch;</li>
 *   <li>{@value #ROC_FILE} and {@value #SCORES_FILE}: the ROC curve and the per-class distribution of the seizure
 *       probability, over the pooled out-of-fold windows with cross-validation, else over the final model's
 *       held-back validation windows (nothing is drawn when there are none or one class is missing).</li>
 * </ul>
 */
final class TrainingCharts {

    static final String LOSS_FILE = "loss.png";
    static final String FOLD_LOSS_FILE = "loss-folds.png";
    static final String ROC_FILE = "roc.png";
    static final String SCORES_FILE = "scores.png";

    private TrainingCharts() {
    }

    /**
     * Writes the charts of {@code report} into {@code dir} (which exists).
     *
     * @param training the windows the final model was trained on (its validation rows index into them)
     * @return the files written, in order
     */
    static List<Path> write(TrainingReport report, WindowDataset training, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        TrainedClassifier fin = report.finalModel();
        List<Series> loss = new ArrayList<>(lossSeries(fin.second() == null ? "" : "first network: ", fin.first()));
        if (fin.second() != null) {
            loss.addAll(lossSeries("second network: ", fin.second()));
        }
        written.add(png(new LineChart("Final model: loss per epoch (best epoch " + fin.first().bestEpoch() + ")",
                "epoch", "class-weighted cross-entropy", loss), dir.resolve(LOSS_FILE)));
        CrossValidationResult cv = report.crossValidation();
        if (cv != null) {
            written.add(png(foldLoss(cv), dir.resolve(FOLD_LOSS_FILE)));
        }
        Scores scores = cv != null ? outOfFold(cv) : heldBack(fin, training);
        if (scores.hasBothClasses()) {
            double threshold = report.detection().threshold();
            Roc roc = Roc.of(scores.values(), scores.seizure());
            written.add(png(new RocChart(String.format(Locale.ROOT, "ROC, %s, %d windows (AUC = %.4f)",
                    scores.source(), scores.values().length, roc.auc()), roc, threshold), dir.resolve(ROC_FILE)));
            written.add(png(new ScoreHistogram("Seizure probability by class, " + scores.source(), scores.values(),
                    scores.seizure(), ScoreHistogram.DEFAULT_BINS, true, threshold), dir.resolve(SCORES_FILE)));
        }
        return written;
    }

    private static Path png(Chart chart, Path file) throws IOException {
        chart.writePng(file);
        return file;
    }

    private static List<Series> lossSeries(String prefix, TrainingRun run) {
        List<EpochStats> history = run.history();
        double[] train = history.stream().mapToDouble(EpochStats::trainLoss).toArray();
        double[] validation = history.stream().mapToDouble(EpochStats::validationLoss).toArray();
        List<Series> series = new ArrayList<>();
        series.add(Series.perEpoch(prefix + "training loss", train));
        if (history.stream().anyMatch(e -> Double.isFinite(e.validationLoss()))) {
            series.add(Series.perEpoch(prefix + "validation loss", validation));
        }
        return series;
    }

    private static LineChart foldLoss(CrossValidationResult cv) {
        List<Series> series = new ArrayList<>();
        for (FoldResult fold : cv.folds()) {
            TrainingRun run = fold.trained().first();
            series.add(Series.perEpoch("fold " + (fold.fold() + 1) + " validation",
                    run.history().stream().mapToDouble(EpochStats::validationLoss).toArray()));
        }
        return new LineChart("Cross-validation: validation loss per epoch, per fold", "epoch",
                "class-weighted cross-entropy", series);
    }

    /** Scores and labels of one set of windows, named for the chart titles. */
    private record Scores(String source, double[] values, boolean[] seizure) {

        boolean hasBothClasses() {
            boolean positive = false;
            boolean negative = false;
            for (boolean s : seizure) {
                positive |= s;
                negative |= !s;
            }
            return positive && negative;
        }
    }

    private static Scores outOfFold(CrossValidationResult cv) {
        int n = cv.folds().stream().mapToInt(f -> f.testScores().length).sum();
        double[] values = new double[n];
        boolean[] seizure = new boolean[n];
        int i = 0;
        for (FoldResult fold : cv.folds()) {
            System.arraycopy(fold.testScores(), 0, values, i, fold.testScores().length);
            System.arraycopy(fold.testSeizure(), 0, seizure, i, fold.testSeizure().length);
            i += fold.testScores().length;
        }
        return new Scores("pooled out-of-fold", values, seizure);
    }

    private static Scores heldBack(TrainedClassifier fin, WindowDataset training) {
        WindowDataset held = training.subset(fin.validationRows());
        double[] values = held.rows() == 0 ? new double[0]
                : fin.classifier().seizureProbabilities(held.features(), held.rows());
        return new Scores("final model's held-back validation", values, held.seizureLabels());
    }
}
