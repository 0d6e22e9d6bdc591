/**
 * seizmon model-export: the {@code train} command (and, once registered, {@code evaluate}) with its report.
 *
 * <p>{@link io.seizmon.modelexport.ModelExportMain} is the picocli entry point; the training itself lives in
 * {@code .train}, the ONNX export and parity check in {@code .onnx}, the features in eeg-core.
 */
package io.seizmon.modelexport;
