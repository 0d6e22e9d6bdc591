package io.seizmon.core.dataset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A segment whose every window carries one label.
 *
 * @param path         absolute path of the signal file
 * @param seizure      true for seizure, false for non-seizure
 * @param sampleRateHz sample rate in Hz, or NaN when the file's header gives it
 * @param channel      0-based channel to use
 * @param group        split group (defaults to the path)
 */
public record LabelledSegment(Path path, boolean seizure, double sampleRateHz, int channel, String group)
        implements DatasetEntry {

    public LabelledSegment {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(group, "group");
        Manifests.checkRateAndChannel(sampleRateHz, channel);
    }
}
