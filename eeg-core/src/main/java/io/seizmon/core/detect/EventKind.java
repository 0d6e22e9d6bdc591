package io.seizmon.core.detect;

/** The closed set of events a {@link DetectionPolicy} emits. */
public enum EventKind {
    /** A seizure started: raise the high-priority alarm. Offset unknown yet. */
    SEIZURE_ONSET(false),
    /** The seizure with the same event number ended. */
    SEIZURE_OFFSET(false),
    /** The signal stopped for a while (missing frames, time jump, restart). */
    SIGNAL_GAP(true),
    /** Windows are not scoreable (flat line, clipping, mains noise...). Emitted once per episode. */
    POOR_SIGNAL(true),
    /** Scoreable windows arrive again after poor signal. */
    SIGNAL_RESTORED(true);

    private final boolean technical;

    EventKind(boolean technical) {
        this.technical = technical;
    }

    /** True for technical (signal) events, false for seizure events. */
    public boolean technical() {
        return technical;
    }
}
