package io.seizmon.agent.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.seizmon.core.wire.FrameLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local recording of the raw streams to rolling EDF+ files ({@code seizmon.agent.recording.*}; environment variables
 * such as {@code SEIZMON_AGENT_RECORDING_ENABLED} override the file). Off by default.
 *
 * @param enabled                  record every scored stream
 * @param directory                where the files go; null: {@code <state-directory>/recordings}
 * @param fileDuration             a new file per stream after this much signal, whole seconds, 10 s to 24 h
 * @param physicalRangeMicrovolts  the EDF physical range of every channel is {@code ±} this, µV (0.1 µV per digital
 *                                 step at the default 3276.7); samples beyond are clipped to the rail and counted
 * @param maxTotalSize             most bytes all recordings may take, e.g. {@code 10GB} (KB, MB, GB, TB: powers of
 *                                 1024); beyond it the oldest closed files are deleted, never an open one
 * @param retention                closed files older than this (by modification time) are deleted, 1 h to 3650 d
 * @param queueMaxSamples          most samples (all channels) waiting for the {@code recording-writer} thread; beyond
 *                                 it frames are dropped for the recording only, counted, and the file ends there;
 *                                 at least {@link FrameLimits#MAX_TOTAL_SAMPLES} (one frame of the largest size)
 */
@ConfigurationProperties("seizmon.agent.recording")
public record RecordingConfig(
        @Bindable(defaultValue = "false") boolean enabled,
        @Nullable Path directory,
        @Bindable(defaultValue = "1h") Duration fileDuration,
        @Bindable(defaultValue = "3276.7") double physicalRangeMicrovolts,
        @Bindable(defaultValue = "10GB") String maxTotalSize,
        @Bindable(defaultValue = "30d") Duration retention,
        @Bindable(defaultValue = "8000000") long queueMaxSamples) {

    private static final String PREFIX = "seizmon.agent.recording.";
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(B|KB|MB|GB|TB)?");

    /** @throws IllegalArgumentException naming the key when a value is invalid */
    public RecordingConfig {
        Durations.requireRange(PREFIX + "file-duration", fileDuration, Duration.ofSeconds(10), Duration.ofHours(24));
        if (fileDuration.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException(PREFIX + "file-duration: " + fileDuration
                    + " (expected: whole seconds, the files hold 1-s data records)");
        }
        Durations.requireRange(PREFIX + "retention", retention, Duration.ofHours(1), Duration.ofDays(3650));
        if (!(physicalRangeMicrovolts >= 1 && physicalRangeMicrovolts <= 1e6)) {
            throw new IllegalArgumentException(PREFIX + "physical-range-microvolts: " + physicalRangeMicrovolts
                    + " (expected: 1 to 1000000)");
        }
        maxTotalSizeBytes(maxTotalSize);
        if (queueMaxSamples < FrameLimits.MAX_TOTAL_SAMPLES) {
            throw new IllegalArgumentException(PREFIX + "queue-max-samples: " + queueMaxSamples
                    + " (expected: >= " + FrameLimits.MAX_TOTAL_SAMPLES + ", the largest frame)");
        }
    }

    /** {@link #maxTotalSize} in bytes. */
    public long maxTotalSizeBytes() {
        return maxTotalSizeBytes(maxTotalSize);
    }

    /** {@link #directory}, or {@code <stateDirectory>/recordings} when it is not set. */
    public Path directoryUnder(Path stateDirectory) {
        return directory != null ? directory : stateDirectory.resolve("recordings");
    }

    private static long maxTotalSizeBytes(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(PREFIX + "max-total-size: " + text
                    + " (expected: a size such as 500MB or 10GB, at least 1MB)");
        }
        int shift = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            case "TB" -> 40;
            default -> 0;
        };
        long value = Long.parseLong(m.group(1));
        if (value > (Long.MAX_VALUE >> shift) || (value << shift) < (1L << 20)) {
            throw new IllegalArgumentException(PREFIX + "max-total-size: " + text
                    + " (expected: a size such as 500MB or 10GB, at least 1MB)");
        }
        return value << shift;
    }
}
