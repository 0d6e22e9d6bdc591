package io.seizmon.core.recording;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What a recording's header says: format, start, record layout and signals.
 *
 * <p>All times in a recording (record onsets, annotation onsets) are seconds relative to {@link #startTime()}.
 *
 * @param file                  the file read
 * @param format                the file format
 * @param patient               the patient field (EDF: 80 characters, trimmed; text formats: empty)
 * @param recording             the recording field (EDF: 80 characters, trimmed; text formats: empty)
 * @param startTime             start date and time as the header gives them (local clock of the recording, no zone);
 *                              null for text formats
 * @param recordDurationSeconds duration of one data record in seconds, &gt; 0, may be non-integer (e.g. 9.59375)
 * @param recordCount           number of data records, or -1 when unknown before reading to the end (text formats)
 * @param signals               all signals in file order, including annotation signals
 */
public record RecordingHeader(Path file, RecordingFormat format, String patient, String recording,
                              LocalDateTime startTime, double recordDurationSeconds, long recordCount,
                              List<SignalInfo> signals) {

    public RecordingHeader {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(recording, "recording");
        signals = List.copyOf(signals);
        if (!(recordDurationSeconds > 0) || !Double.isFinite(recordDurationSeconds)) {
            throw new IllegalArgumentException("recordDurationSeconds: " + recordDurationSeconds
                    + " (expected: finite and > 0)");
        }
        if (recordCount < -1) {
            throw new IllegalArgumentException("recordCount: " + recordCount + " (expected: >= 0, or -1 if unknown)");
        }
    }

    /**
     * Returns the recorded duration, {@code recordCount * recordDurationSeconds}, or NaN when the record count is
     * unknown. For EDF+D this is the sum of the records' durations; gaps between records make the span longer.
     */
    public double durationSeconds() {
        return recordCount < 0 ? Double.NaN : recordCount * recordDurationSeconds;
    }

    /** Returns the number of signals, annotation signals included. */
    public int signalCount() {
        return signals.size();
    }

    /** Returns the indices (into {@link #signals()}) of the ordinary, non-annotation signals, in file order. */
    public int[] dataSignalIndices() {
        return IntStream.range(0, signals.size()).filter(i -> !signals.get(i).annotation()).toArray();
    }

    /** Returns the signal at {@code index}. */
    public SignalInfo signal(int index) {
        return signals.get(index);
    }
}
