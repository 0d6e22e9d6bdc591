package io.seizmon.modelexport;

import io.seizmon.modelexport.train.BinaryMetrics;
import io.seizmon.modelexport.train.EpochListener;
import io.seizmon.modelexport.train.EpochStats;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints one line per epoch: stage, epoch, training loss and the validation loss and metrics. */
final class ProgressPrinter implements EpochListener {

    private final PrintWriter out;
    private final boolean quiet;

    ProgressPrinter(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    @Override
    public void onEpoch(String stage, EpochStats stats) {
        if (quiet) {
            return;
        }
        BinaryMetrics v = stats.validation();
        String validation = v == null ? "no validation rows" : String.format(Locale.ROOT,
                "val loss %.4f  sens %.3f  spec %.3f  auc %.4f", stats.validationLoss(), v.sensitivity(),
                v.specificity(), v.auc());
        out.printf(Locale.ROOT, "%-16s epoch %3d  loss %.4f  %s%n", stage, stats.epoch(), stats.trainLoss(),
                validation);
        out.flush();
    }

    /** Formats metrics for a summary line. */
    static String metrics(BinaryMetrics m) {
        return String.format(Locale.ROOT, "%d windows (%d seizure): sensitivity %.4f, specificity %.4f, AUC %.4f",
                m.positives() + m.negatives(), m.positives(), m.sensitivity(), m.specificity(), m.auc());
    }
}
