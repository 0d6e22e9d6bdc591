package io.seizmon.modelexport.evaluate;

import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.modelexport.metrics.EventScore;
import io.seizmon.modelexport.metrics.HypothesisEvent;
import java.util.List;

/**
 * What the evaluation found in one dataset entry.
 *
 * @param entry         the entry
 * @param startSeconds  per scored window, its start in seconds from the recording's start
 * @param probabilities per scored window, the model's seizure probability
 * @param labels        per scored window, the reference label
 * @param detections    for a continuous recording, the detection policy's events; empty for segments
 * @param events        for a continuous recording, its SzCORE event score; null for segments
 * @param seconds       the span of data scored, seconds (from 0 to the last window's end)
 */
public record RecordingResult(DatasetEntry entry, double[] startSeconds, double[] probabilities, boolean[] labels,
                              List<HypothesisEvent> detections, EventScore events, double seconds) {

    public RecordingResult {
        detections = List.copyOf(detections);
    }

    /** Number of scored windows. */
    public int windowCount() {
        return probabilities.length;
    }
}
