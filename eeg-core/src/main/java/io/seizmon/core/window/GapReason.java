package io.seizmon.core.window;

/** Why a continuous run of samples ended: the closed set of gap causes. */
public enum GapReason {
    /** One or more frames are missing: the sequence number jumped forward. */
    SEQUENCE_GAP,
    /** The sequence is continuous but the first-sample time jumped forward beyond the tolerance. */
    TIMESTAMP_GAP,
    /** The sequence is continuous but the first-sample time went backwards beyond the tolerance. */
    TIMESTAMP_OVERLAP,
    /** The sequence number went backwards while time moved on: the source restarted. */
    STREAM_RESTART,
    /** Frames of this stream were dropped before assembly (a full queue, a rejected frame). */
    FRAMES_DROPPED
}
