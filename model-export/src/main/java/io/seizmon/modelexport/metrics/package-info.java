/**
 * Evaluation metrics: per window ({@link io.seizmon.modelexport.metrics.ConfusionMatrix},
 * {@link io.seizmon.modelexport.metrics.Roc}, {@link io.seizmon.modelexport.metrics.WindowMetrics}) and per event
 * with SzCORE's rules ({@link io.seizmon.modelexport.metrics.EventScoring} →
 * {@link io.seizmon.modelexport.metrics.EventScore}, pooled over recordings), plus writers for detections
 * ({@link io.seizmon.modelexport.metrics.DetectionsTsv}). Plain, immutable value types; no I/O except the writer.
 * The rules and their sources: {@code docs/evaluation.md}.
 */
package io.seizmon.modelexport.metrics;
