package io.seizmon.core.recording;

import java.util.Objects;

/**
 * One annotated event of a recording, as an EDF+ TAL or a BIDS {@code events.tsv} row carries it.
 *
 * @param onsetSeconds    onset in seconds from the recording's start time (may be negative, as EDF+ allows); finite
 * @param durationSeconds duration in seconds, &ge; 0, or {@link Double#NaN} when the source gives none
 * @param text            the annotation text (UTF-8 in EDF+), never null, may be empty
 */
public record Annotation(double onsetSeconds, double durationSeconds, String text) {

    public Annotation {
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(onsetSeconds)) {
            throw new IllegalArgumentException("onsetSeconds: " + onsetSeconds + " (expected: finite)");
        }
        if (!Double.isNaN(durationSeconds) && !(durationSeconds >= 0 && Double.isFinite(durationSeconds))) {
            throw new IllegalArgumentException("durationSeconds: " + durationSeconds
                    + " (expected: finite and >= 0, or NaN when absent)");
        }
    }

    /** Returns an annotation without a duration. */
    public static Annotation at(double onsetSeconds, String text) {
        return new Annotation(onsetSeconds, Double.NaN, text);
    }

    /** Returns true when the source gave a duration. */
    public boolean hasDuration() {
        return !Double.isNaN(durationSeconds);
    }
}
