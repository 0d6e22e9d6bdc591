package io.seizmon.core.window;

/**
 * An explicit break in a stream: no window spans it.
 *
 * @param subjectId     the stream
 * @param fromMicros    end of the last sample before the gap (µs since epoch), or the new run's start when the
 *                      stream had no earlier sample to compare with
 * @param toMicros      time of the first sample after the gap (µs since epoch); may be before {@code fromMicros}
 *                      for {@link GapReason#TIMESTAMP_OVERLAP}
 * @param reason        why the run ended
 * @param missingFrames frames missing by sequence number, 0 when unknown or none
 */
public record GapMarker(String subjectId, long fromMicros, long toMicros, GapReason reason, long missingFrames) {

    /** Returns the gap's length in seconds (negative for an overlap). */
    public double seconds() {
        return (toMicros - fromMicros) / 1e6;
    }
}
