/**
 * The wire: how EEG frames, stream metadata and topic names travel between seizmon apps over MQTT.
 *
 * <p>{@link io.seizmon.core.wire.FrameCodec} is the binary frame format v1 (see {@code docs/wire-format.md}),
 * {@link io.seizmon.core.wire.JsonFrameCodec} its JSON form, {@link io.seizmon.core.wire.StreamMetaCodec} the
 * retained per-stream metadata, {@link io.seizmon.core.wire.TruthEventCodec} ground truth of replays,
 * {@link io.seizmon.core.wire.AlertEventCodec}, {@link io.seizmon.core.wire.ScoreUpdateCodec} and
 * {@link io.seizmon.core.wire.AgentStatusCodec} what edge agents tell dashboards, and
 * {@link io.seizmon.core.wire.Topics} the one place that names topics (see {@code docs/topics.md}). Decoders never
 * throw on bad data: they return a sealed {@link io.seizmon.core.wire.PayloadResult} whose
 * rejection carries a {@link io.seizmon.core.wire.RejectReason} and a detail naming what was wrong. All classes here
 * are stateless or immutable and safe to use from any thread.
 */
package io.seizmon.core.wire;
