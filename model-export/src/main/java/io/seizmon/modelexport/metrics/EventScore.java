package io.seizmon.modelexport.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Event-based scores of one recording, or of several pooled with {@link #plus}/{@link #total}.
 *
 * <p>Counts are those of SzCORE after merging and splitting: {@code referenceEvents} and {@code hypothesisEvents}
 * count the events as scored. Pooling sums counts and durations and concatenates latencies, so rates of a pool are
 * computed from the summed counts (micro-average), as szcore-evaluation's cumulated result. Ratios with a zero
 * denominator are NaN: sensitivity without reference seizures, precision without detections and true positives,
 * F1 when either is NaN (0 when both are 0). Immutable and thread-safe.
 *
 * @param referenceEvents  reference seizures, as scored, &ge; 0
 * @param truePositives    of them, the ones detected, &le; referenceEvents
 * @param falsePositives   hypothesis events that detected no reference seizure, &le; hypothesisEvents
 * @param hypothesisEvents hypothesis events, as scored, &ge; 0
 * @param recordingSeconds total duration scored, seconds, &ge; 0
 * @param latencies        one entry per detected (merged) reference seizure
 */
public record EventScore(long referenceEvents, long truePositives, long falsePositives, long hypothesisEvents,
                         double recordingSeconds, List<OnsetLatency> latencies) {

    /** The score of nothing: the identity of {@link #plus}. */
    public static final EventScore EMPTY = new EventScore(0, 0, 0, 0, 0, List.of());

    private static final double SECONDS_PER_DAY = 24 * 3600;

    public EventScore {
        if (truePositives < 0 || truePositives > referenceEvents) {
            throw new IllegalArgumentException("truePositives: " + truePositives + " (expected: 0 to referenceEvents "
                    + referenceEvents + ")");
        }
        if (falsePositives < 0 || falsePositives > hypothesisEvents) {
            throw new IllegalArgumentException("falsePositives: " + falsePositives
                    + " (expected: 0 to hypothesisEvents " + hypothesisEvents + ")");
        }
        if (!(recordingSeconds >= 0) || !Double.isFinite(recordingSeconds)) {
            throw new IllegalArgumentException("recordingSeconds: " + recordingSeconds + " (expected: finite, >= 0)");
        }
        latencies = List.copyOf(latencies);
    }

    /** Sums the scores of several recordings. */
    public static EventScore total(List<EventScore> scores) {
        EventScore sum = EMPTY;
        for (EventScore score : scores) {
            sum = sum.plus(score);
        }
        return sum;
    }

    /** This score pooled with {@code other}. */
    public EventScore plus(EventScore other) {
        List<OnsetLatency> all = new ArrayList<>(latencies);
        all.addAll(other.latencies);
        return new EventScore(referenceEvents + other.referenceEvents, truePositives + other.truePositives,
                falsePositives + other.falsePositives, hypothesisEvents + other.hypothesisEvents,
                recordingSeconds + other.recordingSeconds, all);
    }

    /** Reference seizures not detected. */
    public long falseNegatives() {
        return referenceEvents - truePositives;
    }

    /** tp / reference events; NaN without reference seizures. */
    public double sensitivity() {
        return ConfusionMatrix.ratio(truePositives, referenceEvents);
    }

    /** tp / (tp + fp), as timescoring defines it; NaN when both are 0. */
    public double precision() {
        return ConfusionMatrix.ratio(truePositives, truePositives + falsePositives);
    }

    /** Harmonic mean of sensitivity and precision; NaN when either is NaN, 0 when both are 0. */
    public double f1() {
        return ConfusionMatrix.f1(sensitivity(), precision());
    }

    /** False positives per 24 h of recording; NaN for a zero duration. */
    public double falseAlarmsPer24h() {
        return recordingSeconds == 0 ? Double.NaN : falsePositives / (recordingSeconds / SECONDS_PER_DAY);
    }

    /** Median and worst of detected onset − reference onset. */
    public LatencySummary onsetLatency() {
        return LatencySummary.of(latencies.stream().mapToDouble(OnsetLatency::onsetLatencySeconds).toArray());
    }

    /** Median and worst of decision time − reference onset, over the detections whose decision time is known. */
    public LatencySummary decisionLatency() {
        return LatencySummary.of(latencies.stream().mapToDouble(OnsetLatency::decisionLatencySeconds).toArray());
    }
}
