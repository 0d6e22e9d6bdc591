/**
 * Report charts rendered to PNG with Java2D, headless and without extra dependencies: loss curves
 * ({@link io.seizmon.modelexport.report.LineChart}), the ROC curve ({@link io.seizmon.modelexport.report.RocChart}),
 * per-class score histograms ({@link io.seizmon.modelexport.report.ScoreHistogram}) and one recording's detection
 * timeline ({@link io.seizmon.modelexport.report.DetectionTimeline}). Each chart is an immutable record; rendering
 * makes a new image per call and shares nothing between threads. Examples: {@code docs/evaluation.md}.
 */
package io.seizmon.modelexport.report;
