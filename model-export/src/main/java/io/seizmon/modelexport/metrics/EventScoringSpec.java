package io.seizmon.modelexport.metrics;

/**
 * The parameters of event scoring; {@link #SZCORE} holds SzCORE's (timescoring's {@code EventScoring.Parameters}
 * defaults, see {@code docs/evaluation.md}).
 *
 * @param toleranceBeforeSeconds a hypothesis may start this long before a reference onset and still overlap it,
 *                               &ge; 0
 * @param toleranceAfterSeconds  a hypothesis may lie this long after a reference offset and still overlap it, &ge; 0
 * @param mergeGapSeconds        events (reference and hypothesis alike) separated by less than this are merged into
 *                               one, &ge; 0 (0 merges nothing but overlaps)
 * @param maxEventSeconds        events longer than this are split into pieces of this length and a remainder,
 *                               &gt; 0 ({@code +Infinity} splits nothing)
 */
public record EventScoringSpec(double toleranceBeforeSeconds, double toleranceAfterSeconds, double mergeGapSeconds,
                               double maxEventSeconds) {

    public static final double SZCORE_TOLERANCE_BEFORE_SECONDS = 30;
    public static final double SZCORE_TOLERANCE_AFTER_SECONDS = 60;
    public static final double SZCORE_MERGE_GAP_SECONDS = 90;
    public static final double SZCORE_MAX_EVENT_SECONDS = 5 * 60;

    /** SzCORE: 30 s before onset, 60 s after offset, merge below 90 s apart, split above 5 min. */
    public static final EventScoringSpec SZCORE = new EventScoringSpec(SZCORE_TOLERANCE_BEFORE_SECONDS,
            SZCORE_TOLERANCE_AFTER_SECONDS, SZCORE_MERGE_GAP_SECONDS, SZCORE_MAX_EVENT_SECONDS);

    public EventScoringSpec {
        requireFiniteNonNegative("toleranceBeforeSeconds", toleranceBeforeSeconds);
        requireFiniteNonNegative("toleranceAfterSeconds", toleranceAfterSeconds);
        requireFiniteNonNegative("mergeGapSeconds", mergeGapSeconds);
        if (!(maxEventSeconds > 0)) {
            throw new IllegalArgumentException("maxEventSeconds: " + maxEventSeconds + " (expected: > 0)");
        }
    }

    private static void requireFiniteNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: finite, >= 0)");
        }
    }
}
