/**
 * The agent's pipeline as plain classes (no framework): a bounded ingest queue filled by the MQTT callback, and one
 * pipeline thread that owns every stream's state — window assembly, signal quality gate, periodogram features,
 * batched ONNX inference across streams, one detection policy per channel — and turns decisions into events.
 */
package io.seizmon.agent.pipeline;
