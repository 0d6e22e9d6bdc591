/**
 * Pacing: the {@link io.seizmon.simulator.pacing.ReplayClock} a replay waits on (system or virtual), the
 * {@link io.seizmon.simulator.pacing.ChunkSchedule} that turns sample indices into frame boundaries and due times,
 * and the {@link io.seizmon.simulator.pacing.ReplaySpeed}.
 */
package io.seizmon.simulator.pacing;
