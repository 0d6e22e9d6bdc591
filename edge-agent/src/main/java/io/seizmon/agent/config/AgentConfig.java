package io.seizmon.agent.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.Topics;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the agent scores and where it keeps its state ({@code seizmon.agent.*}; environment variables such as
 * {@code SEIZMON_AGENT_ID} or {@code SEIZMON_AGENT_MODEL_PATH} override the file).
 *
 * @param id               agent id, {@code [a-z0-9][a-z0-9._-]{0,63}}: names the status topic and every event
 * @param subjects         subjects to score; empty: every subject that appears
 * @param channels         channel indexes to score in every stream; empty: all. Others are {@code not_scored}
 * @param includeSimulated score simulated streams (the {@code sim} root) too
 * @param sampleRateHz     the sample rate the agent scores, Hz: must equal the model's; frames at another rate are
 *                         rejected ({@code SAMPLE_RATE_MISMATCH})
 * @param windowSeconds    window length, s: must equal the model's
 * @param hop              distance between window starts (a decision per channel every hop), &le; the window
 * @param modelPath        the ONNX model file; watched for changes
 * @param maxBatch         most windows per inference call, 1 to 4096
 * @param incrementalFeatures per stream, keep the Welch segment spectra of the last window and transform only the
 *                         new segments (about 4x less CPU per window at a 1-s hop; 41 KB per channel at 1000 Hz);
 *                         false: recompute every segment, with one shared buffer set (for very small heaps)
 * @param queueCapacity    most frames waiting for the pipeline; beyond it frames are counted as overflow
 * @param queueMaxSamples  most samples (all channels) waiting for the pipeline: bounds memory whatever the frame size
 * @param staleTimeout     a stream silent for longer gets a {@code signal_lost} event
 * @param stateDirectory   where the journal lives ({@code <dir>/journal})
 * @param journalRetention how long the journal keeps events the broker acknowledged, by their {@code published_us},
 *                         so that a consumer's resync request can have them republished (1 min to 30 days)
 * @param journalMaxEntries most events the journal keeps (sent ones beyond it are dropped oldest first; unsent ones
 *                         never are)
 * @param pipelineThreads  threads deciding windows, each owning a share of the streams (a stream stays on one);
 *                         0: automatic, one per available processor up to 4 (see {@link #effectivePipelineThreads})
 * @param staggerWindows   give each stream its own window phase (a shift of less than a hop), so that streams which
 *                         started together complete their windows at different moments and a burst of decisions
 *                         does not queue; a stream's first decision comes up to one hop later, the rest every hop
 */
@ConfigurationProperties("seizmon.agent")
public record AgentConfig(
        @NotBlank @Bindable(defaultValue = DEFAULT_ID) String id,
        @Nullable List<String> subjects,
        @Nullable List<Integer> channels,
        @Bindable(defaultValue = "true") boolean includeSimulated,
        @Bindable(defaultValue = "1000") double sampleRateHz,
        @Bindable(defaultValue = "5") double windowSeconds,
        @NotNull @Bindable(defaultValue = "1s") Duration hop,
        @NotNull @Bindable(defaultValue = DEFAULT_MODEL_PATH) Path modelPath,
        @Min(1) @Max(4096) @Bindable(defaultValue = "64") int maxBatch,
        @Bindable(defaultValue = "true") boolean incrementalFeatures,
        @Min(16) @Bindable(defaultValue = "20000") int queueCapacity,
        @Min(1024) @Bindable(defaultValue = "16000000") long queueMaxSamples,
        @NotNull @Bindable(defaultValue = "10s") Duration staleTimeout,
        @NotNull @Bindable(defaultValue = "state") Path stateDirectory,
        @NotNull @Bindable(defaultValue = "24h") Duration journalRetention,
        @Min(100) @Bindable(defaultValue = "100000") int journalMaxEntries,
        @Min(0) @Max(64) @Bindable(defaultValue = "0") int pipelineThreads,
        @Bindable(defaultValue = "true") boolean staggerWindows) {

    /** Default agent id. */
    public static final String DEFAULT_ID = "edge-01";
    /** The shipped model, relative to the working directory (the repository root for {@code ./seizmon agent}). */
    public static final String DEFAULT_MODEL_PATH = "config/models/seizmon-synth-1000hz.onnx";
    private static final String PREFIX = "seizmon.agent.";

    /** @throws IllegalArgumentException naming the key when a value is invalid */
    public AgentConfig {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (!Topics.isValidAgentId(id)) {
            throw new IllegalArgumentException(PREFIX + "id: " + id + " (expected: [a-z0-9][a-z0-9._-]{0,63})");
        }
        for (String subject : subjects) {
            if (!Topics.isValidSubjectId(subject)) {
                throw new IllegalArgumentException(PREFIX + "subjects: " + subject
                        + " (expected: subject ids [a-z0-9][a-z0-9._-]{0,63})");
            }
        }
        for (int channel : channels) {
            if (channel < 0 || channel > 1023) {
                throw new IllegalArgumentException(PREFIX + "channels: " + channel + " (expected: 0 to 1023)");
            }
        }
        Durations.requireRange(PREFIX + "stale-timeout", staleTimeout, Duration.ofMillis(100), Duration.ofHours(1));
        Durations.requireRange(PREFIX + "journal-retention", journalRetention, Duration.ofMinutes(1),
                Duration.ofDays(30));
        if (journalMaxEntries < 100) {
            throw new IllegalArgumentException(PREFIX + "journal-max-entries: " + journalMaxEntries
                    + " (expected: >= 100)");
        }
        try {
            windowSpec(sampleRateHz, windowSeconds, hop);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "sample-rate-hz/window-seconds/hop: " + e.getMessage(), e);
        }
    }

    /** {@code pipelineThreads}, or when it is 0 the available processors, at most 4. */
    public int effectivePipelineThreads() {
        return pipelineThreads > 0 ? pipelineThreads : Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** The window geometry: this rate and window, this hop. */
    public WindowSpec windowSpec() {
        return windowSpec(sampleRateHz, windowSeconds, hop);
    }

    /** True when the subject is selected for scoring. */
    public boolean selects(String subjectId, boolean simulated) {
        return (includeSimulated || !simulated) && (subjects.isEmpty() || subjects.contains(subjectId));
    }

    /** True when the channel index is selected for scoring. */
    public boolean selectsChannel(int channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    private static WindowSpec windowSpec(double rateHz, double windowSeconds, Duration hop) {
        return WindowSpec.of(rateHz, windowSeconds, hop.toNanos() / 1e9);
    }
}
