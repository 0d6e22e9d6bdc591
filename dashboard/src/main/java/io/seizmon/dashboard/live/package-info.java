/**
 * The live picture: per-subject state for the grid, server-side trace decimation, recent scores and the mapping of
 * subjects to agents. Plain classes confined to one thread, fed by the MQTT adapter.
 */
package io.seizmon.dashboard.live;
