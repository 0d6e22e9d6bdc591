/**
 * The embedded MQTT broker of the one-command demo ({@code seizmon simulate broker}): Moquette in this JVM,
 * loopback only, anonymous, no persistence. It is for the demo and quick trials, never for tests of the system
 * or for production, which use Debian's Mosquitto ({@code config/mosquitto.conf}).
 */
package io.seizmon.simulator.broker;
