package io.seizmon.modelexport.evaluate;

import io.seizmon.core.dataset.ContinuousRecording;
import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.EntryWindows;
import io.seizmon.core.dataset.LabelledWindow;
import io.seizmon.core.dataset.WindowedFeatures;
import io.seizmon.core.detect.DetectionEvent;
import io.seizmon.core.detect.DetectionPolicy;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.detect.WindowScore;
import io.seizmon.core.model.OnnxSeizureModel;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.window.GapMarker;
import io.seizmon.modelexport.metrics.EventScoring;
import io.seizmon.modelexport.metrics.EventScoringSpec;
import io.seizmon.modelexport.metrics.HypothesisEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a model on dataset entries with the agent's path: eeg-core's window assembly, signal quality gate
 * ({@link QualitySpec#DEFAULT}) and features ({@link WindowedFeatures}), ONNX Runtime scoring in batches
 * ({@link OnnxSeizureModel}), and for continuous recordings eeg-core's {@link DetectionPolicy} turning window scores
 * into events, scored the SzCORE way. Windows the gate refuses are not scored (they are left out of the per-window
 * results) and reach the detection policy as poor signal, as in the edge agent.
 *
 * <p>Not thread-safe: one evaluation runs on one thread, which owns the model's buffers.
 */
public final class Evaluation {

    private static final long MICROS = 1_000_000L;

    private final OnnxSeizureModel model;
    private final WindowedFeatures windowed;
    private final DetectionSpec detection;
    private final EventScoring scoring = new EventScoring(EventScoringSpec.SZCORE);
    private final float[] batchFeatures;
    private final float[] batchProbabilities;

    /**
     * @param model      the loaded model; its feature spec decides the windows
     * @param hopSeconds hop between windows
     * @param detection  the detection policy's settings (threshold included)
     */
    public Evaluation(OnnxSeizureModel model, double hopSeconds, DetectionSpec detection) {
        this.model = Objects.requireNonNull(model, "model");
        this.detection = Objects.requireNonNull(detection, "detection");
        this.windowed = new WindowedFeatures(model.metadata().featureSpec(), hopSeconds, QualitySpec.DEFAULT);
        int bins = model.metadata().featureSpec().binCount();
        this.batchFeatures = new float[model.maxBatch() * bins];
        this.batchProbabilities = new float[model.maxBatch()];
    }

    /**
     * Evaluates one entry.
     *
     * @throws IOException              naming the file when it cannot be read
     * @throws IllegalArgumentException naming the file when its rate or channel does not fit the model
     */
    public RecordingResult evaluate(DatasetEntry entry) throws IOException {
        EntryWindows windows = windowed.extract(entry);
        List<LabelledWindow> all = windows.windows();
        List<LabelledWindow> list = all.stream().filter(w -> w.quality().scoreable()).toList();
        double[] starts = new double[list.size()];
        double[] probabilities = new double[list.size()];
        boolean[] labels = new boolean[list.size()];
        score(list, probabilities);
        double seconds = 0;
        for (int i = 0; i < list.size(); i++) {
            starts[i] = list.get(i).startSeconds();
            labels[i] = list.get(i).seizure();
        }
        for (LabelledWindow w : all) {
            seconds = Math.max(seconds, w.endSeconds());
        }
        if (!(entry instanceof ContinuousRecording recording) || all.isEmpty()) {
            return new RecordingResult(entry, starts, probabilities, labels, List.of(), null, seconds);
        }
        List<HypothesisEvent> detections = HypothesisEvent.fromDetections(detect(all, probabilities,
                windows.gaps(), seconds), 0, seconds);
        return new RecordingResult(entry, starts, probabilities, labels, detections,
                scoring.score(recording.seizures(), detections, seconds), seconds);
    }

    private void score(List<LabelledWindow> windows, double[] probabilities) {
        int bins = model.metadata().featureSpec().binCount();
        for (int first = 0; first < windows.size(); first += model.maxBatch()) {
            int count = Math.min(model.maxBatch(), windows.size() - first);
            for (int r = 0; r < count; r++) {
                System.arraycopy(windows.get(first + r).features(), 0, batchFeatures, r * bins, bins);
            }
            model.score(batchFeatures, count, batchProbabilities);
            for (int r = 0; r < count; r++) {
                probabilities[first + r] = batchProbabilities[r];
            }
        }
    }

    /**
     * Runs the detection policy over all windows in time order, with the stream's gaps between them; {@code
     * probabilities} holds the scored (gate-passed) windows' probabilities in the same order.
     */
    private List<DetectionEvent> detect(List<LabelledWindow> windows, double[] probabilities, List<GapMarker> gaps,
                                        double seconds) {
        List<DetectionEvent> events = new ArrayList<>();
        DetectionPolicy policy = new DetectionPolicy(detection, events::add);
        int nextGap = 0;
        int scored = 0;
        for (int i = 0; i < windows.size(); i++) {
            LabelledWindow w = windows.get(i);
            long start = Math.round(w.startSeconds() * MICROS);
            while (nextGap < gaps.size() && gaps.get(nextGap).toMicros() <= start) {
                GapMarker gap = gaps.get(nextGap++);
                policy.onGap(gap.fromMicros(), gap.toMicros(), gap.reason().name());
            }
            double p = w.quality().scoreable() ? probabilities[scored++] : Double.NaN;
            if (Double.isNaN(p)) {
                String why = w.quality().scoreable() ? "non-finite features" : w.quality().wireName();
                policy.onPoorSignal(start, Math.round(w.endSeconds() * MICROS), why);
            } else {
                policy.onScore(new WindowScore(i, start, Math.round(w.endSeconds() * MICROS),
                        Math.max(0, Math.min(1, p))));
            }
        }
        policy.finish(Math.round(seconds * MICROS));
        return events;
    }
}
