package io.seizmon.agent.testing;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * Moquette in this JVM on a free loopback port, for fast integration tests (STYLE.md: the real Mosquitto is for
 * the ones that matter; this one is not a substitute). No persistence, anonymous access.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final Server server = new Server();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    /** Starts a broker on a free port. */
    public static EmbeddedBroker start() throws IOException {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("moquette");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        EmbeddedBroker broker = new EmbeddedBroker(port);
        Properties properties = new Properties();
        properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        properties.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, data.toString());
        // no telemetry: nothing leaves this machine
        properties.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, "1048576");
        broker.server.startServer(properties);
        return broker;
    }

    /** The URL for Paho. */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
