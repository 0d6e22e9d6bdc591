/**
 * ONNX export of the trained classifier ({@link io.seizmon.modelexport.onnx.OnnxExporter}; graph and metadata in
 * {@code docs/model-format.md}) and the parity check of the exported file against the trainer in ONNX Runtime
 * ({@link io.seizmon.modelexport.onnx.ParityCheck}).
 */
package io.seizmon.modelexport.onnx;
