/**
 * The signal quality gate: {@link io.seizmon.core.quality.SignalQualityGate} decides per channel and window
 * whether the signal is fit to score (finite, not flat, not clipped, not swamped by mains hum), with thresholds in
 * {@link io.seizmon.core.quality.QualitySpec}. Windows it refuses are not scored; the detection policy hears of
 * them as poor signal. See {@code docs/signal-quality.md}.
 */
package io.seizmon.core.quality;
