package io.seizmon.core.detect;

import java.util.List;

/**
 * One event from a {@link DetectionPolicy}.
 *
 * <p>Seizure onset and offset events of one seizure share an {@code eventNumber} (counting from 1 per policy).
 * For {@link EventKind#SEIZURE_ONSET} {@code offsetMicros} is {@link #OPEN}; for a gap, onset and offset span the
 * gap; for poor and restored signal they span the window that changed state.
 *
 * @param kind            what happened
 * @param eventNumber     seizure number for seizure events, 0 for technical events
 * @param onsetMicros     start, µs since epoch
 * @param offsetMicros    end, µs since epoch, or {@link #OPEN}
 * @param decisionMicros  end of the window whose score made the decision (for latency), µs since epoch
 * @param peakProbability highest probability within the event so far (0 for technical events)
 * @param windowCount     windows the event covers so far (positive or not, since onset)
 * @param trigger         for an onset, the positive windows that caused it, oldest first; otherwise empty
 * @param detail          a human-readable reason, never null
 */
public record DetectionEvent(EventKind kind, long eventNumber, long onsetMicros, long offsetMicros,
                             long decisionMicros, double peakProbability, int windowCount,
                             List<WindowScore> trigger, String detail) {

    /** Marks an offset that is not known yet. */
    public static final long OPEN = Long.MIN_VALUE;

    public DetectionEvent {
        trigger = List.copyOf(trigger);
    }

    /** Duration in seconds, or NaN while open. */
    public double durationSeconds() {
        return offsetMicros == OPEN ? Double.NaN : (offsetMicros - onsetMicros) / 1e6;
    }
}
