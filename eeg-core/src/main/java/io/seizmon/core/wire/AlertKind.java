package io.seizmon.core.wire;

import java.util.Optional;

/**
 * What an {@link AlertEvent} reports; each kind fixes its {@link AlertPriority} ({@code docs/topics.md}, "Alert
 * payload").
 */
public enum AlertKind {

    /** The detection policy declared a seizure: the alarm. */
    SEIZURE_ONSET("seizure_onset", AlertPriority.HIGH),
    /** That seizure ended: {@code offset_us} set, same seizure number. */
    SEIZURE_OFFSET("seizure_offset", AlertPriority.LOW),
    /** Frames were missing, time jumped or the stream restarted; onset..offset spans the gap. */
    SIGNAL_GAP("signal_gap", AlertPriority.MEDIUM),
    /** Windows became unscoreable (flat line, clipping, mains noise; the detail says which). */
    POOR_SIGNAL("poor_signal", AlertPriority.MEDIUM),
    /** Scoreable windows again after poor signal or a gap. */
    SIGNAL_RESTORED("signal_restored", AlertPriority.LOW),
    /** No frame of the stream for longer than the agent's stale timeout; about the whole stream, never closed. */
    SIGNAL_LOST("signal_lost", AlertPriority.MEDIUM),
    /** The agent dropped input because its queue was full; about the whole stream. */
    OVERLOAD("overload", AlertPriority.MEDIUM);

    private final String wireName;
    private final AlertPriority priority;

    AlertKind(String wireName, AlertPriority priority) {
        this.wireName = wireName;
        this.priority = priority;
    }

    /** Returns the name in JSON payloads, e.g. {@code "seizure_onset"}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the priority every event of this kind carries. */
    public AlertPriority priority() {
        return priority;
    }

    /** Returns true for {@link #SEIZURE_ONSET} and {@link #SEIZURE_OFFSET}. */
    public boolean seizure() {
        return this == SEIZURE_ONSET || this == SEIZURE_OFFSET;
    }

    /** Returns true for every kind that is not a {@link #seizure()} kind. */
    public boolean technical() {
        return !seizure();
    }

    /** Returns true for the kinds about the whole stream, whose events carry no channel. */
    public boolean streamWide() {
        return this == SIGNAL_LOST || this == OVERLOAD;
    }

    /** Returns the kind with this exact wire name, or empty (also for null). */
    public static Optional<AlertKind> fromWireName(String wireName) {
        return WireNames.find(values(), AlertKind::wireName, wireName);
    }
}
