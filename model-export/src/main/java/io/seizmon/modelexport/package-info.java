/** seizmon model-export: training, ONNX export and evaluation. */
package io.seizmon.modelexport;
