package io.seizmon.modelexport;

import io.seizmon.core.detect.DetectionSpec;
import picocli.CommandLine.Option;

/**
 * The detection-policy settings on the command line (a picocli mixin of {@code train} and {@code evaluate}). Each
 * option is unset unless given; {@link #applyTo} overrides only the given ones, so {@code train} records the
 * policy it was told in the model's metadata and {@code evaluate} can try another one than the model's.
 * Values are checked by {@link DetectionSpec}: a bad one is an {@link IllegalArgumentException} naming the setting.
 */
public final class DetectionOptions {

    @Option(names = "--onset-windows", paramLabel = "K",
            description = "detection policy: onset when K of the last --onset-of windows are positive")
    private Integer onsetWindows;
    @Option(names = "--onset-of", paramLabel = "N", description = "detection policy: onset history length")
    private Integer onsetOf;
    @Option(names = "--offset-windows", paramLabel = "M",
            description = "detection policy: offset after M consecutive non-positive windows")
    private Integer offsetWindows;
    @Option(names = "--min-event", converter = SecondsConverter.class, paramLabel = "SECONDS",
            description = "detection policy: shortest span an onset must cover")
    private Double minEventSeconds;
    @Option(names = "--refractory", converter = SecondsConverter.class, paramLabel = "SECONDS",
            description = "detection policy: quiet time after an offset before a new onset")
    private Double refractorySeconds;

    /** {@code base} with the given options (and {@code threshold}, unless null) in place of its own. */
    public DetectionSpec applyTo(DetectionSpec base, Double threshold) {
        return DetectionSpec.of(threshold == null ? base.threshold() : threshold,
                onsetWindows == null ? base.onsetWindows() : onsetWindows,
                onsetOf == null ? base.onsetOf() : onsetOf,
                offsetWindows == null ? base.offsetWindows() : offsetWindows,
                minEventSeconds == null ? base.minEventSeconds() : minEventSeconds,
                refractorySeconds == null ? base.refractorySeconds() : refractorySeconds);
    }
}
