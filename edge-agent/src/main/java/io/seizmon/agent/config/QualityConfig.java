package io.seizmon.agent.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.seizmon.core.quality.QualitySpec;

/**
 * Signal quality gate thresholds ({@code seizmon.agent.quality.*}); each one left out takes eeg-core's default
 * ({@link QualitySpec#DEFAULT}, chosen from data: {@code docs/signal-quality.md}).
 *
 * @param flatStdMicrovolts      a window whose standard deviation is below this (µV) is {@code flat}
 * @param maxIdenticalRunSeconds a longer run of identical samples (a stuck converter) is {@code flat}
 * @param clippingFraction       more samples than this fraction at the window's extreme is {@code clipping}
 * @param mainsRatio             mains power above this ratio to the 1-40 Hz power is {@code mains}
 */
@ConfigurationProperties("seizmon.agent.quality")
public record QualityConfig(
        @Nullable Double flatStdMicrovolts,
        @Nullable Double maxIdenticalRunSeconds,
        @Nullable Double clippingFraction,
        @Nullable Double mainsRatio) {

    /**
     * Returns the gate's spec.
     *
     * @throws IllegalArgumentException naming the key when a value is out of range
     */
    public QualitySpec spec() {
        QualitySpec d = QualitySpec.DEFAULT;
        try {
            return QualitySpec.of(
                    flatStdMicrovolts != null ? flatStdMicrovolts : d.flatStdMicrovolts(),
                    maxIdenticalRunSeconds != null ? maxIdenticalRunSeconds : d.maxIdenticalRunSeconds(),
                    clippingFraction != null ? clippingFraction : d.clippingFraction(),
                    mainsRatio != null ? mainsRatio : d.mainsRatio());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("seizmon.agent.quality." + e.getMessage(), e);
        }
    }
}
