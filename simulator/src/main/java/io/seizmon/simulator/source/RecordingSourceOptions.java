package io.seizmon.simulator.source;

import java.nio.file.Path;
import java.util.List;

/**
 * How to open a recording for replay.
 *
 * @param sampleRateHz rate of text recordings (CSV, one value per line), finite and &gt; 0, or NaN when not given;
 *                     ignored for EDF/BDF, whose header says it
 * @param channels     signals to stream, by label or 0-based data-signal index; empty for the default choice
 *                     ({@link SignalSelection})
 * @param startSeconds where in the recording the replay starts, seconds from its first sample, finite and &ge; 0
 * @param eventsFile   a BIDS {@code events.tsv} with the ground truth, or null to look for one beside the file and
 *                     else use the file's EDF+ annotations
 */
public record RecordingSourceOptions(double sampleRateHz, List<String> channels, double startSeconds,
                                     Path eventsFile) {

    /** Header rate, default signals, from the start, events found beside the file or in it. */
    public static final RecordingSourceOptions DEFAULTS = new RecordingSourceOptions(Double.NaN, List.of(), 0, null);

    /** @throws IllegalArgumentException naming the first invalid component */
    public RecordingSourceOptions {
        channels = List.copyOf(channels);
        if (!Double.isNaN(sampleRateHz) && !(sampleRateHz > 0 && Double.isFinite(sampleRateHz))) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: finite and > 0)");
        }
        if (!(startSeconds >= 0) || !Double.isFinite(startSeconds)) {
            throw new IllegalArgumentException("startSeconds: " + startSeconds + " (expected: finite and >= 0)");
        }
    }

    /** Returns these options with another start. */
    public RecordingSourceOptions withStartSeconds(double seconds) {
        return new RecordingSourceOptions(sampleRateHz, channels, seconds, eventsFile);
    }

    /** Returns these options with another rate for text recordings. */
    public RecordingSourceOptions withSampleRateHz(double rateHz) {
        return new RecordingSourceOptions(rateHz, channels, startSeconds, eventsFile);
    }

    /** Returns these options with a channel selection. */
    public RecordingSourceOptions withChannels(List<String> selection) {
        return new RecordingSourceOptions(sampleRateHz, selection, startSeconds, eventsFile);
    }

    /** Returns these options with an events file. */
    public RecordingSourceOptions withEventsFile(Path file) {
        return new RecordingSourceOptions(sampleRateHz, channels, startSeconds, file);
    }
}
