/**
 * The trained classifier as the edge agent and the evaluator load it: {@link io.seizmon.core.model.ModelMetadata}
 * (what an ONNX model file says about itself, {@code docs/model-format.md}) and
 * {@link io.seizmon.core.model.OnnxSeizureModel} (ONNX Runtime, batched scoring, reused direct buffers).
 *
 * <p>ONNX Runtime is an optional dependency of eeg-core: only applications that score declare it.
 */
package io.seizmon.core.model;
