/**
 * Network plumbing shared by the apps' MQTT clients: a socket factory that sets {@code TCP_NODELAY}, which Paho
 * 1.2.5 cannot set itself. No MQTT library is needed here; the factory is a plain {@code javax.net.SocketFactory}.
 */
package io.seizmon.core.net;
