package io.seizmon.core.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A continuous recording with its labelled seizures (possibly none: a seizure-free recording).
 *
 * @param path         absolute path of the signal file
 * @param sampleRateHz sample rate in Hz, or NaN when the file's header gives it
 * @param channel      0-based channel to use
 * @param seizures     labelled seizures, sorted by onset, from an events.tsv, an EDF+ annotation list or a
 *                     dataset's own table
 * @param eventsSource where the labels came from (a path or a description), for reports
 * @param group        split group (defaults to the path)
 */
public record ContinuousRecording(Path path, double sampleRateHz, int channel, List<SeizureInterval> seizures,
                                  String eventsSource, String group) implements DatasetEntry {

    public ContinuousRecording {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(eventsSource, "eventsSource");
        Objects.requireNonNull(group, "group");
        Manifests.checkRateAndChannel(sampleRateHz, channel);
        seizures = seizures.stream()
                .sorted(java.util.Comparator.comparingDouble(SeizureInterval::onsetSeconds)).toList();
    }
}
