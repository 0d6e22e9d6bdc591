package io.seizmon.core.quality;

/**
 * The thresholds of the {@link SignalQualityGate}, immutable. A window's channel is refused when:
 * <ul>
 *   <li>{@code FLAT}: its standard deviation is below {@code flatStdMicrovolts}, or it holds a run of identical
 *       consecutive samples longer than {@code maxIdenticalRunSeconds} (a disconnected electrode, a stuck ADC);</li>
 *   <li>{@code CLIPPING}: more than {@code clippingFraction} of its samples sit exactly at the window's maximum, or
 *       exactly at its minimum (an amplifier or ADC rail);</li>
 *   <li>{@code MAINS}: the Welch power within &plusmn;{@value #MAINS_HALF_WIDTH_HZ} Hz of 50 Hz, 60 Hz and their
 *       harmonics below Nyquist exceeds {@code mainsRatio} times the power in {@value #REFERENCE_LOW_HZ} to
 *       {@value #REFERENCE_HIGH_HZ} Hz.</li>
 * </ul>
 * The defaults were chosen from the public recordings in {@code ../shared/data} and synthetic EEG; see
 * {@code docs/signal-quality.md} for the measurements behind each number.
 *
 * @param flatStdMicrovolts      standard deviation floor in the window's units (µV), finite and &ge; 0 (0 turns the
 *                               check off)
 * @param maxIdenticalRunSeconds longest allowed run of identical consecutive samples, seconds, &gt; 0 (positive
 *                               infinity turns the check off)
 * @param clippingFraction       largest allowed fraction of samples at one extreme, in (0, 1] (1 turns it off)
 * @param mainsRatio             largest allowed mains-to-EEG power ratio, &gt; 0 (positive infinity turns it off)
 */
public record QualitySpec(double flatStdMicrovolts, double maxIdenticalRunSeconds, double clippingFraction,
                          double mainsRatio) {

    /** Default standard deviation floor, µV. */
    public static final double DEFAULT_FLAT_STD_MICROVOLTS = 1.0;
    /** Default longest run of identical samples, seconds. */
    public static final double DEFAULT_MAX_IDENTICAL_RUN_SECONDS = 0.25;
    /** Default largest fraction of samples at the window's maximum or at its minimum. */
    public static final double DEFAULT_CLIPPING_FRACTION = 0.01;
    /** Default largest ratio of mains power to 1-40 Hz power. */
    public static final double DEFAULT_MAINS_RATIO = 0.5;
    /** Half width of each mains band, Hz. */
    public static final double MAINS_HALF_WIDTH_HZ = 1.0;
    /** Lower edge of the reference EEG band, Hz. */
    public static final double REFERENCE_LOW_HZ = 1.0;
    /** Upper edge of the reference EEG band, Hz. */
    public static final double REFERENCE_HIGH_HZ = 40.0;
    /** The defaults. */
    public static final QualitySpec DEFAULT = new QualitySpec(DEFAULT_FLAT_STD_MICROVOLTS,
            DEFAULT_MAX_IDENTICAL_RUN_SECONDS, DEFAULT_CLIPPING_FRACTION, DEFAULT_MAINS_RATIO);

    /** Checks every component; use {@link #of} or {@link #DEFAULT}. */
    public QualitySpec {
        if (!(flatStdMicrovolts >= 0) || !Double.isFinite(flatStdMicrovolts)) {
            throw new IllegalArgumentException("flatStdMicrovolts: " + flatStdMicrovolts
                    + " (expected: finite and >= 0)");
        }
        if (!(maxIdenticalRunSeconds > 0)) {
            throw new IllegalArgumentException("maxIdenticalRunSeconds: " + maxIdenticalRunSeconds
                    + " (expected: > 0)");
        }
        if (!(clippingFraction > 0 && clippingFraction <= 1)) {
            throw new IllegalArgumentException("clippingFraction: " + clippingFraction
                    + " (expected: > 0 and <= 1)");
        }
        if (!(mainsRatio > 0)) {
            throw new IllegalArgumentException("mainsRatio: " + mainsRatio + " (expected: > 0)");
        }
    }

    /**
     * Returns the spec after checking every argument.
     *
     * @throws IllegalArgumentException naming the argument, its value and the expected range
     */
    public static QualitySpec of(double flatStdMicrovolts, double maxIdenticalRunSeconds, double clippingFraction,
                                 double mainsRatio) {
        return new QualitySpec(flatStdMicrovolts, maxIdenticalRunSeconds, clippingFraction, mainsRatio);
    }

    /** Returns a spec that refuses only non-finite windows (every other check off): for measuring. */
    public static QualitySpec measureOnly() {
        return new QualitySpec(0, Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY);
    }
}
