/**
 * The MQTT edge: {@link io.seizmon.simulator.publish.MessagePublisher} and its Paho implementation with an
 * in-flight window, re-sending after a reconnect, and TCP_NODELAY sockets.
 */
package io.seizmon.simulator.publish;
