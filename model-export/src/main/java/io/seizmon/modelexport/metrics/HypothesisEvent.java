package io.seizmon.modelexport.metrics;

import io.seizmon.core.detect.DetectionEvent;
import io.seizmon.core.detect.EventKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A detected seizure (a hypothesis, in scoring terms), in seconds from the recording's start.
 *
 * @param onsetSeconds    detected onset, finite, &ge; 0
 * @param offsetSeconds   detected offset, finite, &gt; onset
 * @param decisionSeconds when the detector declared the onset (for decision latency), or NaN when unknown
 * @param confidence      the event's peak probability in [0, 1], or NaN when unknown
 */
public record HypothesisEvent(double onsetSeconds, double offsetSeconds, double decisionSeconds, double confidence) {

    public HypothesisEvent {
        if (!(onsetSeconds >= 0) || !Double.isFinite(onsetSeconds)) {
            throw new IllegalArgumentException("onsetSeconds: " + onsetSeconds + " (expected: finite, >= 0)");
        }
        if (!(offsetSeconds > onsetSeconds) || !Double.isFinite(offsetSeconds)) {
            throw new IllegalArgumentException("offsetSeconds: " + offsetSeconds + " (expected: finite, > onset "
                    + onsetSeconds + ")");
        }
        if (Double.isInfinite(decisionSeconds)) {
            throw new IllegalArgumentException("decisionSeconds: " + decisionSeconds + " (expected: finite or NaN)");
        }
        if (!Double.isNaN(confidence) && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence: " + confidence + " (expected: 0 to 1 or NaN)");
        }
    }

    /** An event without decision time or confidence. */
    public static HypothesisEvent of(double onsetSeconds, double offsetSeconds) {
        return new HypothesisEvent(onsetSeconds, offsetSeconds, Double.NaN, Double.NaN);
    }

    /** Duration in seconds. */
    public double seconds() {
        return offsetSeconds - onsetSeconds;
    }

    /**
     * Pairs the seizure events of one {@code DetectionPolicy} run into hypotheses, sorted by onset.
     *
     * <p>Onset and offset pair by {@code eventNumber}; the decision time comes from the onset event (the window that
     * completed k-of-n), the confidence from the offset's peak probability. An onset still open at the end (no
     * offset, e.g. {@code finish} was not called) is closed at {@code recordingSeconds}. An offset whose onset is
     * missing from the list keeps its own onset time and an unknown decision time. Technical events are ignored.
     *
     * @param events               the policy's events in emission order
     * @param recordingStartMicros the recording's start, µs since epoch (the time base of the events)
     * @param recordingSeconds     the recording's duration, &gt; 0
     */
    public static List<HypothesisEvent> fromDetections(List<DetectionEvent> events, long recordingStartMicros,
                                                       double recordingSeconds) {
        if (!(recordingSeconds > 0) || !Double.isFinite(recordingSeconds)) {
            throw new IllegalArgumentException("recordingSeconds: " + recordingSeconds + " (expected: finite, > 0)");
        }
        Map<Long, DetectionEvent> open = new LinkedHashMap<>();
        List<HypothesisEvent> out = new ArrayList<>();
        for (DetectionEvent e : events) {
            if (e.kind() == EventKind.SEIZURE_ONSET) {
                open.put(e.eventNumber(), e);
            } else if (e.kind() == EventKind.SEIZURE_OFFSET) {
                DetectionEvent onset = open.remove(e.eventNumber());
                double decision = onset == null ? Double.NaN : seconds(onset.decisionMicros(), recordingStartMicros);
                out.add(new HypothesisEvent(seconds(e.onsetMicros(), recordingStartMicros),
                        seconds(e.offsetMicros(), recordingStartMicros), decision, e.peakProbability()));
            }
        }
        for (DetectionEvent onset : open.values()) {
            out.add(new HypothesisEvent(seconds(onset.onsetMicros(), recordingStartMicros), recordingSeconds,
                    seconds(onset.decisionMicros(), recordingStartMicros), onset.peakProbability()));
        }
        out.sort(Comparator.comparingDouble(HypothesisEvent::onsetSeconds));
        return List.copyOf(out);
    }

    private static double seconds(long micros, long startMicros) {
        return (micros - startMicros) / 1e6;
    }
}
