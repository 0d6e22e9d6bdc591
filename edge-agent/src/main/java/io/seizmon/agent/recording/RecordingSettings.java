package io.seizmon.agent.recording;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.config.RecordingConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the recorder needs, resolved from the configuration (checked there, with messages naming the keys).
 *
 * @param agentId                 written into each file's recording field
 * @param directory               where the files go
 * @param fileSeconds             data records (1 s each) per file
 * @param physicalRangeMicrovolts each channel's EDF physical range is {@code ±} this, µV
 * @param maxTotalBytes           most bytes all files may take (open ones count, only closed ones are deleted)
 * @param retention               closed files older than this are deleted
 * @param queueMaxSamples         most samples waiting for the writer thread
 */
public record RecordingSettings(String agentId, Path directory, long fileSeconds, double physicalRangeMicrovolts,
                                long maxTotalBytes, Duration retention, long queueMaxSamples) {

    public RecordingSettings {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(retention, "retention");
        if (fileSeconds < 1) {
            throw new IllegalArgumentException("fileSeconds: " + fileSeconds + " (expected: >= 1)");
        }
    }

    /** The settings of {@code recording} for this agent. */
    public static RecordingSettings of(AgentConfig agent, RecordingConfig recording) {
        if (agent.sampleRateHz() != Math.rint(agent.sampleRateHz())) {
            throw new IllegalArgumentException("seizmon.agent.recording.enabled: true with sample-rate-hz "
                    + agent.sampleRateHz() + " (expected: a whole number of samples per 1-s data record)");
        }
        return new RecordingSettings(agent.id(), recording.directoryUnder(agent.stateDirectory()),
                recording.fileDuration().toSeconds(), recording.physicalRangeMicrovolts(),
                recording.maxTotalSizeBytes(), recording.retention(), recording.queueMaxSamples());
    }
}
