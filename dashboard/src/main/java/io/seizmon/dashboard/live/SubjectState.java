package io.seizmon.dashboard.live;

import java.util.Locale;

/** What a subject's tile shows, in order of precedence (the first that applies wins). */
public enum SubjectState {
    /** The agent that scores the subject is offline (its Last Will): nothing is being monitored. */
    AGENT_OFFLINE,
    /** A seizure is open (onset without offset) on at least one channel. */
    SEIZURE,
    /** No frame for longer than the configured seconds, or never one. */
    NO_DATA,
    /** Signal lost or poor on some channel, not yet restored. */
    SIGNAL_PROBLEM,
    /** Frames arrive and no seizure is open: "no seizure detected". */
    QUIET;

    /** Lower-case id for JSON and the page. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
