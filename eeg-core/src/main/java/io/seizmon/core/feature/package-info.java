/**
 * Spectral features of one EEG channel's window: {@link io.seizmon.core.feature.FeatureSpec} describes the
 * computation exactly (and names it for model metadata); {@link io.seizmon.core.feature.WelchPeriodogram}
 * computes it without allocating per window; {@link io.seizmon.core.feature.WindowFeatures} applies it to an
 * assembled window, and {@link io.seizmon.core.feature.IncrementalWindowFeatures} does the same for sliding windows
 * while transforming only their new segments. The definition, with index formulas, is in {@code docs/features.md}.
 */
package io.seizmon.core.feature;
