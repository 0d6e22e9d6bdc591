package io.seizmon.modelexport;

import io.seizmon.core.dataset.EntryWindows;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.modelexport.onnx.ParityResult;
import io.seizmon.modelexport.train.CrossValidationResult;
import io.seizmon.modelexport.train.TrainedClassifier;
import io.seizmon.modelexport.train.TrainingOptions;
import io.seizmon.modelexport.train.WindowDataset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything one {@code train} run produced, for {@code report.json}, {@code report.md} and the model metadata.
 *
 * @param toolVersion      the tool's version
 * @param created          when the run finished training
 * @param manifest         the training data's manifest
 * @param entries          every entry's windows (for counts of gaps and dropped windows)
 * @param data             the test windows (at {@code hopSeconds}; cross-validation scores these)
 * @param spec             the feature spec
 * @param hopSeconds       the window hop
 * @param options          the training options
 * @param crossValidation  the cross-validation, or null when {@code --folds 0}
 * @param finalModel       the exported classifier and its training
 * @param trainHopSeconds  the hop of the training windows ({@code --train-hop}; equal to {@code hopSeconds} unless set)
 * @param seizureTrainHopSeconds the hop of the training windows labelled seizure ({@code --seizure-train-hop}; equal
 *                         to {@code trainHopSeconds} unless set)
 * @param modelFile        where the model was written
 * @param modelId          the model id
 * @param modelBytes       size of the model file
 * @param parity           the parity check of the exported model
 * @param seconds          wall-clock seconds: features, crossValidation, finalTraining, export
 * @param detection        the detection-policy defaults recorded in the model
 */
record TrainingReport(String toolVersion, Instant created, Manifest manifest, List<EntryWindows> entries,
                      WindowDataset data, FeatureSpec spec, double hopSeconds, TrainingOptions options,
                      CrossValidationResult crossValidation, TrainedClassifier finalModel, double trainHopSeconds,
                      double seizureTrainHopSeconds, Path modelFile, String modelId, long modelBytes,
                      ParityResult parity, Timings seconds, DetectionSpec detection) {

    /** Wall-clock seconds per phase. */
    record Timings(double features, double crossValidation, double finalTraining, double export) {

        double total() {
            return features + crossValidation + finalTraining + export;
        }
    }

    int gapCount() {
        return entries.stream().mapToInt(e -> e.gaps().size()).sum();
    }

    int droppedNonFiniteWindows() {
        return entries.stream().mapToInt(EntryWindows::nonFiniteWindows).sum();
    }

    int rejectedRecords() {
        return entries.stream().mapToInt(EntryWindows::rejectedRecords).sum();
    }
}
