/**
 * The MQTT edge: {@link io.seizmon.simulator.publish.MessagePublisher} and its Paho implementation with an
 * in-flight window, re-sending after a reconnect, TCP_NODELAY sockets, and the broker login
 * ({@link io.seizmon.simulator.publish.BrokerLogin}, never printed).
 */
package io.seizmon.simulator.publish;
