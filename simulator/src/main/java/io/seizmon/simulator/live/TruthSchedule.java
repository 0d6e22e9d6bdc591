package io.seizmon.simulator.live;

import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.wire.TruthEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The ground-truth events of one stream still to publish, in onset order, with onsets in stream seconds (from the
 * stream's first sample, across loop passes). Turns each into a {@link TruthEvent} on the stream's time base with
 * the next sequence number. Owned by the stream thread.
 */
final class TruthSchedule {

    private record Entry(double onsetSeconds, LabelledEvent event) {
    }

    private final String subjectId;
    private final long baseEpochMicros;
    private final Deque<Entry> pending = new ArrayDeque<>();
    private long nextSequence;

    TruthSchedule(String subjectId, long baseEpochMicros) {
        this.subjectId = subjectId;
        this.baseEpochMicros = baseEpochMicros;
    }

    /** Adds one pass's events (sorted, onsets from the pass's first sample), the pass starting at {@code offset}. */
    void addPass(List<LabelledEvent> events, double offsetSeconds) {
        for (LabelledEvent event : events) {
            pending.addLast(new Entry(offsetSeconds + event.onsetSeconds(), event));
        }
    }

    /** Returns the onset of the next event in stream seconds, or +∞ when none is left. */
    double nextOnsetSeconds() {
        return pending.isEmpty() ? Double.POSITIVE_INFINITY : pending.peekFirst().onsetSeconds();
    }

    /** Removes the next event and returns it as published. */
    TruthEvent take() {
        Entry entry = pending.removeFirst();
        LabelledEvent event = entry.event();
        return new TruthEvent(subjectId, true, nextSequence++, baseEpochMicros + Math.round(entry.onsetSeconds() * 1e6),
                event.durationSeconds(), label(event.eventType()), event.seizure());
    }

    /** Returns how many events are left. */
    int remaining() {
        return pending.size();
    }

    private static String label(String text) {
        String label = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return label.length() > TruthEvent.MAX_LABEL_LENGTH ? label.substring(0, TruthEvent.MAX_LABEL_LENGTH) : label;
    }
}
