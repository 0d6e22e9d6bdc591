package io.seizmon.agent.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.seizmon.core.detect.DetectionSpec;

/**
 * Detection-policy settings ({@code seizmon.agent.detection.*}). Each one left out takes the value the model's
 * metadata recommends ({@code seizmon.threshold}, {@code seizmon.detection}), so the agent decides as the model was
 * evaluated unless told otherwise. Ranges as {@link DetectionSpec} checks them.
 */
@ConfigurationProperties("seizmon.agent.detection")
public record DetectionConfig(
        @Nullable Double threshold,
        @Nullable Integer onsetWindows,
        @Nullable Integer onsetOf,
        @Nullable Integer offsetWindows,
        @Nullable Double minEventSeconds,
        @Nullable Double refractorySeconds) {

    /**
     * Returns the model's recommendation with the configured values put over it.
     *
     * @throws IllegalArgumentException naming the key when the combination is invalid
     */
    public DetectionSpec over(DetectionSpec modelDefaults) {
        try {
            return DetectionSpec.of(
                    threshold != null ? threshold : modelDefaults.threshold(),
                    onsetWindows != null ? onsetWindows : modelDefaults.onsetWindows(),
                    onsetOf != null ? onsetOf : modelDefaults.onsetOf(),
                    offsetWindows != null ? offsetWindows : modelDefaults.offsetWindows(),
                    minEventSeconds != null ? minEventSeconds : modelDefaults.minEventSeconds(),
                    refractorySeconds != null ? refractorySeconds : modelDefaults.refractorySeconds());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("seizmon.agent.detection." + e.getMessage(), e);
        }
    }
}
