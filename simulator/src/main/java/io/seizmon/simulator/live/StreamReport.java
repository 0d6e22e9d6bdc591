package io.seizmon.simulator.live;

import java.util.concurrent.CancellationException;

/**
 * How one stream of a run ended.
 *
 * @param subjectId    the subject
 * @param sourceName   the source's name (file name)
 * @param channels     channel count
 * @param sampleRateHz sample rate, Hz
 * @param stats        its counters at the end
 * @param failure      null when it ran to its end; a {@link CancellationException} when cancelled; else what failed
 *                     (an {@code IOException} naming file and position, or a {@code PublishException})
 */
public record StreamReport(String subjectId, String sourceName, int channels, double sampleRateHz,
                           StreamStats.Snapshot stats, Throwable failure) {

    /** Returns true when the stream ran to its end. */
    public boolean completed() {
        return failure == null;
    }

    /** Returns the recording time published, seconds. */
    public double recordingSeconds() {
        return stats.samples() / sampleRateHz;
    }
}
