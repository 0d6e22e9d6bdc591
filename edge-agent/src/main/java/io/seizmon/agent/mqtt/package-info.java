/**
 * The MQTT edge of the agent: one Paho asynchronous client, its callback (decode, offer, count, never throw,
 * never block), reconnection with jittered exponential back-off done here, TCP_NODELAY and TLS sockets.
 */
package io.seizmon.agent.mqtt;
