/**
 * Whole-system fault drills: the shaded jars of the edge agent, the dashboard and the simulator run as separate
 * processes against Debian's mosquitto ({@link io.seizmon.core.testing.MosquittoBroker}), driven and observed from
 * the outside only (MQTT, the agent's {@code /prometheus} and journal file, the dashboard's JSON API).
 * {@link io.seizmon.systemtest.SystemUnderTest} starts and kills them; each {@code *IT} is one drill.
 */
package io.seizmon.systemtest;
