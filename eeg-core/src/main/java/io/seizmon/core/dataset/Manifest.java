package io.seizmon.core.dataset;

import java.util.List;

/**
 * A loaded set of labelled data.
 *
 * @param source  the manifest file or dataset folder it came from
 * @param kind    how it was read: {@code manifest}, or the dataset adapter's name ({@code bonn}, ...)
 * @param entries the entries, in manifest order
 * @param sha256  hex SHA-256 over the entries' canonical text (path relative to the source, label, rate,
 *                channel, group, seizure intervals): models record it to name the data they were trained on
 */
public record Manifest(String source, String kind, List<DatasetEntry> entries, String sha256) {

    public Manifest {
        entries = List.copyOf(entries);
    }

    /** Number of labelled segments. */
    public long segmentCount() {
        return entries.stream().filter(LabelledSegment.class::isInstance).count();
    }

    /** Number of continuous recordings. */
    public long recordingCount() {
        return entries.stream().filter(ContinuousRecording.class::isInstance).count();
    }
}
