package io.seizmon.modelexport;

import io.seizmon.core.dataset.EntryWindows;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.dataset.ManifestFormatException;
import io.seizmon.core.dataset.Manifests;
import io.seizmon.core.dataset.WindowedFeatures;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.modelexport.onnx.ParityResult;
import io.seizmon.modelexport.train.ClassifierTrainer;
import io.seizmon.modelexport.train.CrossValidation;
import io.seizmon.modelexport.train.CrossValidationResult;
import io.seizmon.modelexport.train.DualRule;
import io.seizmon.modelexport.train.FoldResult;
import io.seizmon.modelexport.train.Regularisation;
import io.seizmon.modelexport.train.TrainedClassifier;
import io.seizmon.modelexport.train.TrainingOptions;
import io.seizmon.modelexport.train.WindowDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import io.seizmon.core.detect.DetectionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seizmon train}: labelled recordings → eeg-core features → MLP (cross-validated, then trained on all data)
 * → ONNX model checked in ONNX Runtime → optional report folder. Exit codes: {@value ModelExportMain#EXIT_OK} done,
 * {@value ModelExportMain#EXIT_FAILURE} failed while running (I/O, ONNX Runtime, parity above tolerance),
 * {@value ModelExportMain#EXIT_USAGE} bad input (arguments, manifest, data that cannot be trained on).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ModelExportMain.Version.class,
        description = "Train the periodogram MLP on labelled data and export it as ONNX.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "MANIFEST_OR_DIR",
            description = "manifest CSV or dataset folder (docs/datasets.md)")
    private Path dataPath;
    @Option(names = "--out", required = true, paramLabel = "MODEL.onnx", description = "where to write the model")
    private Path modelFile;
    @Option(names = "--report", paramLabel = "DIR", description = "write report.json and report.md here")
    private Path reportDir;
    @Option(names = "--folds", paramLabel = "K", description = "grouped cross-validation folds, 0 to skip "
            + "(default: ${DEFAULT-VALUE})")
    private int folds = 5;
    @Option(names = "--seed", description = "seed of every random choice (default: ${DEFAULT-VALUE})")
    private long seed = TrainingOptions.DEFAULT_SEED;
    @Option(names = "--window", converter = SecondsConverter.class, paramLabel = "SECONDS",
            description = "window length, e.g. 5s or 4s (default: 5s)")
    private double windowSeconds = FeatureSpec.DEFAULT_WINDOW_SECONDS;
    @Option(names = "--hop", converter = SecondsConverter.class, paramLabel = "SECONDS",
            description = "distance between windows (default: the window length, as in the method)")
    private Double hopSeconds;
    @Option(names = "--train-hop", converter = SecondsConverter.class, paramLabel = "SECONDS",
            description = "cut training windows at this hop (augmentation); test windows keep --hop (default: --hop)")
    private Double trainHopSeconds;
    @Option(names = "--seizure-train-hop", converter = SecondsConverter.class, paramLabel = "SECONDS",
            description = "cut the training windows labelled seizure at this hop instead of --train-hop (the method "
            + "cuts them every 0.25 s to multiply the scarce class); test windows keep --hop (default: --train-hop)")
    private Double seizureTrainHopSeconds;
    @Option(names = "--hidden", split = ",", paramLabel = "UNITS", defaultValue = "250,125",
            description = "hidden layer sizes (default: ${DEFAULT-VALUE})")
    private List<Integer> hidden;
    @Option(names = "--epochs", description = "most epochs per network (default: ${DEFAULT-VALUE})")
    private int epochs = TrainingOptions.DEFAULT_MAX_EPOCHS;
    @Option(names = "--patience", description = "early-stopping patience in epochs (default: ${DEFAULT-VALUE})")
    private int patience = TrainingOptions.DEFAULT_PATIENCE;
    @Option(names = "--batch-size", description = "mini-batch rows (default: ${DEFAULT-VALUE})")
    private int batchSize = TrainingOptions.DEFAULT_BATCH_SIZE;
    @Option(names = "--learning-rate", description = "Adam step size (default: ${DEFAULT-VALUE})")
    private double learningRate = TrainingOptions.DEFAULT_LEARNING_RATE;
    @Option(names = "--validation-fraction", description = "training groups held back for early stopping "
            + "(default: ${DEFAULT-VALUE})")
    private double validationFraction = TrainingOptions.DEFAULT_VALIDATION_FRACTION;
    @Option(names = "--threshold", description = "recommended probability threshold (default: "
            + TrainingOptions.DEFAULT_THRESHOLD + ")")
    private Double threshold;
    @Option(names = "--threshold-from-validation", arity = "0..1", paramLabel = "SPECIFICITY",
            fallbackValue = "" + TrainingOptions.DEFAULT_VALIDATION_SPECIFICITY,
            description = "choose the threshold on each classifier's own validation split: the most sensitive one "
                    + "keeping validation specificity >= SPECIFICITY (default when given without a value: "
                    + TrainingOptions.DEFAULT_VALIDATION_SPECIFICITY + ")")
    private Double validationSpecificity;
    @Option(names = "--ensemble", paramLabel = "K", description = "average K classifiers trained with different "
            + "seeds on the same split, in one graph (default: ${DEFAULT-VALUE})")
    private int ensemble = 1;
    @Option(names = "--committee", paramLabel = "K", description = "average K classifiers, classifier k "
            + "early-stopped on inner grouped fold k of K and trained on the others (instead of --ensemble)")
    private Integer committee;
    @Option(names = "--weight-decay", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE})")
    private double weightDecay;
    @Option(names = "--input-dropout", description = "dropout rate of the input features (default: ${DEFAULT-VALUE})")
    private double inputDropout;
    @Option(names = "--dropout", description = "dropout rate of the hidden units (default: ${DEFAULT-VALUE})")
    private double hiddenDropout;
    @Option(names = "--gain-augmentation", paramLabel = "LOG10", description = "train on amplitude-scaled windows: "
            + "each step offsets a row's log10 powers by a uniform amount in [-LOG10, LOG10) "
            + "(default: ${DEFAULT-VALUE})")
    private double gainLog10;
    @Option(names = "--dual", description = "also train the second network on the first one's hard negatives")
    private boolean dual;
    @Option(names = "--dual-rule", paramLabel = "RULE", description = "with --dual, how the two networks combine: "
            + "both (p = min(p1, p2): seizure only when both networks call it seizure, the method's rule; the "
            + "default) or product (p = p1 * p2, the rule of earlier versions)")
    private DualRule dualRule;
    @Option(names = "--quiet", description = "no per-epoch progress lines")
    private boolean quiet;
    @Mixin
    private DetectionOptions detectionOptions = new DetectionOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(spec.commandLine().getOut(), err);
        } catch (ManifestFormatException | IllegalArgumentException e) {
            err.println("seizmon train: " + e.getMessage());
            return ModelExportMain.EXIT_USAGE;
        } catch (IOException e) {
            err.println("seizmon train: " + e.getMessage());
            return ModelExportMain.EXIT_FAILURE;
        } finally {
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException {
        TrainingOptions options = options();
        detectionOptions.applyTo(DetectionSpec.DEFAULTS, options.threshold()); // rejects a bad policy before training
        long t0 = System.nanoTime();
        Data data = load(out);
        long t1 = System.nanoTime();
        ProgressPrinter progress = new ProgressPrinter(out, quiet);
        CrossValidationResult cv = folds == 0 ? null
                : new CrossValidation(options).run(data.test(), data.training(), folds, progress);
        printCrossValidation(out, cv);
        long t2 = System.nanoTime();
        TrainedClassifier trained = new ClassifierTrainer(options).train(data.training(), seed, "final", progress);
        if (trained.validation() != null) {
            out.println("final model, held-back validation: " + ProgressPrinter.metrics(trained.validation()));
        }
        long t3 = System.nanoTime();
        DetectionSpec detection = detectionOptions.applyTo(DetectionSpec.DEFAULTS, trained.threshold());
        if (options.thresholdFromValidation()) {
            out.printf(Locale.ROOT, "recommended threshold, chosen on the final model's validation windows: %.6g%n",
                    trained.threshold());
        }
        ModelFile.Written export = ModelFile.write(modelFile, data.manifest(), data.spec(), data.trainHopSeconds(),
                detection, options, cv, trained, data.training());
        ParityResult parity = export.parity();
        out.printf(Locale.ROOT, "parity (ONNX Runtime vs trainer) on %d held-back windows: max abs diff %.3g "
                + "(tolerance %.0e)%n", parity.windows(), parity.maxAbsDiff(), parity.tolerance());
        if (!parity.passed()) {
            err.printf(Locale.ROOT, "seizmon train: the exported model differs from the trainer by %s "
                    + "(expected: < %s); %s was not written%n", parity.maxAbsDiff(), parity.tolerance(), modelFile);
            return ModelExportMain.EXIT_FAILURE;
        }
        out.printf(Locale.ROOT, "model: %s (%d bytes, id %s)%n", modelFile, export.bytes(), export.modelId());
        TrainingReport.Timings timings = new TrainingReport.Timings(seconds(t0, t1), seconds(t1, t2), seconds(t2, t3),
                seconds(t3, System.nanoTime()));
        if (reportDir != null) {
            writeReport(out, new TrainingReport(ToolVersion.current(), export.created(), data.manifest(),
                    data.entries(), data.test(), data.spec(), data.hopSeconds(), options, cv, trained,
                    data.trainHopSeconds(), data.seizureTrainHopSeconds(), modelFile, export.modelId(), export.bytes(),
                    parity, timings, detection),
                    data.training());
        }
        out.printf(Locale.ROOT, "time: features %.1f s, cross-validation %.1f s, final training %.1f s, "
                + "export %.1f s%n", timings.features(), timings.crossValidation(), timings.finalTraining(),
                timings.export());
        out.flush();
        return ModelExportMain.EXIT_OK;
    }

    private TrainingOptions options() {
        if (folds == 1 || folds < 0) {
            throw new IllegalArgumentException("--folds: " + folds + " (expected: 0 to skip cross-validation, or 2 "
                    + "or more)");
        }
        if (threshold != null && validationSpecificity != null) {
            throw new IllegalArgumentException("--threshold " + threshold + " and --threshold-from-validation "
                    + validationSpecificity + " (expected: one of them)");
        }
        if (committee != null && ensemble != 1) {
            throw new IllegalArgumentException("--ensemble " + ensemble + " and --committee " + committee
                    + " (expected: one of them)");
        }
        if (dualRule != null && !dual) {
            throw new IllegalArgumentException("--dual-rule " + dualRule.name().toLowerCase(Locale.ROOT)
                    + " (expected: with --dual)");
        }
        return new TrainingOptions(hidden, epochs, patience, batchSize, learningRate, validationFraction, seed,
                threshold == null ? TrainingOptions.DEFAULT_THRESHOLD : threshold, dual,
                new Regularisation(weightDecay, inputDropout, hiddenDropout, gainLog10),
                committee == null ? ensemble : committee,
                validationSpecificity == null ? Double.NaN : validationSpecificity, committee != null,
                dualRule == null ? DualRule.BOTH : dualRule);
    }

    /**
     * The loaded data: test windows at {@code --hop}, training windows at {@code --train-hop} (those labelled seizure
     * at {@code --seizure-train-hop}).
     */
    private record Data(Manifest manifest, FeatureSpec spec, List<EntryWindows> entries, WindowDataset test,
                        double hopSeconds, WindowDataset training, double trainHopSeconds,
                        double seizureTrainHopSeconds) {
    }

    private Data load(PrintWriter out) throws IOException {
        Manifest manifest = Manifests.load(dataPath);
        FeatureSpec spec = FeatureSpec.of(DatasetFeatures.sampleRateHz(manifest), windowSeconds);
        double hop = hopSeconds == null ? windowSeconds : hopSeconds;
        List<EntryWindows> entries = DatasetFeatures.extract(manifest, new WindowedFeatures(spec, hop));
        WindowDataset test = WindowDataset.of(entries);
        out.printf(Locale.ROOT, "data: %s (%s), %d entries, %d groups -> %d windows (%d seizure) of %s, hop %s s%n",
                manifest.source(), manifest.kind(), manifest.entries().size(), test.groupCount(), test.rows(),
                test.seizureRows(), spec.toMetadata(), hop);
        if (folds > test.groupCount()) {
            throw new IllegalArgumentException("--folds: " + folds + " (expected: at most the " + test.groupCount()
                    + " groups of the data)");
        }
        double trainHop = trainHopSeconds == null ? hop : trainHopSeconds;
        double seizureTrainHop = seizureTrainHopSeconds == null ? trainHop : seizureTrainHopSeconds;
        WindowDataset training = test;
        if (trainHop != hop || seizureTrainHop != trainHop) {
            List<EntryWindows> trainingEntries = trainHop == hop ? entries
                    : DatasetFeatures.extract(manifest, new WindowedFeatures(spec, trainHop));
            if (seizureTrainHop != trainHop) {
                trainingEntries = DatasetFeatures.withSeizureWindowsOf(trainingEntries,
                        DatasetFeatures.extract(manifest, new WindowedFeatures(spec, seizureTrainHop)));
            }
            training = WindowDataset.of(trainingEntries);
            out.printf(Locale.ROOT, "training windows at hop %s s%s: %d (%d seizure)%n", trainHop,
                    seizureTrainHop == trainHop ? "" : ", seizure windows at hop " + seizureTrainHop + " s",
                    training.rows(), training.seizureRows());
        }
        return new Data(manifest, spec, entries, test, hop, training, trainHop, seizureTrainHop);
    }

    private void writeReport(PrintWriter out, TrainingReport report, WindowDataset training) throws IOException {
        Files.createDirectories(reportDir);
        ReportJson.write(report, reportDir.resolve("report.json"));
        List<Path> charts = TrainingCharts.write(report, training, reportDir);
        ReportMarkdown.write(report, reportDir.resolve("report.md"), charts);
        out.println("report: " + reportDir.resolve("report.json") + ", " + reportDir.resolve("report.md")
                + charts.stream().map(p -> ", " + p.getFileName()).collect(Collectors.joining()));
    }

    private void printCrossValidation(PrintWriter out, CrossValidationResult cv) {
        if (cv == null) {
            return;
        }
        for (FoldResult fold : cv.folds()) {
            out.printf(Locale.ROOT, "fold %d/%d test: %s%n", fold.fold() + 1, cv.folds().size(),
                    ProgressPrinter.metrics(fold.test()));
        }
        out.printf(Locale.ROOT, "cross-validation mean: sensitivity %.4f, specificity %.4f, AUC %.4f; "
                + "pooled: %s%n", cv.meanSensitivity(), cv.meanSpecificity(), cv.meanAuc(),
                ProgressPrinter.metrics(cv.pooled()));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
