/**
 * Spectral features of one EEG channel's window: {@link io.seizmon.core.feature.FeatureSpec} describes the
 * computation exactly (and names it for model metadata); {@link io.seizmon.core.feature.WelchPeriodogram}
 * computes it without allocating per window. The definition, with index formulas, is in {@code docs/features.md}.
 */
package io.seizmon.core.feature;
