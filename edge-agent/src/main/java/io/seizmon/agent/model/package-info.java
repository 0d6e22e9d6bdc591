/** Loading, validating and hot-swapping the ONNX model (file change or SIGHUP). */
package io.seizmon.agent.model;
