package io.seizmon.simulator.broker;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

/**
 * An in-JVM MQTT 3.1.1 broker (Moquette) bound to one loopback port: anonymous clients, retained messages and Last
 * Wills kept in memory, nothing written to disk, the Netty epoll transport off (portable to any Linux).
 *
 * <p>Not thread-safe: start and stop it from one thread. {@link #close()} stops it and may be called twice.
 */
public final class DemoBroker implements AutoCloseable {

    /** Loopback only: the demo broker has no authentication and must not be reachable from the network. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 1883;
    /** Largest accepted message, bytes: more than the largest wire frame (see docs/wire-format.md). */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private static final long BIND_TIMEOUT_NANOS = 5_000_000_000L;

    private final String host;
    private final int port;
    private final Server server = new Server();
    private boolean running;

    private DemoBroker(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Starts a broker on {@code host:port}.
     *
     * @throws IllegalArgumentException if the port is outside 1..65535
     * @throws UncheckedIOException     if the port cannot be bound (the message names host and port)
     */
    public static DemoBroker start(String host, int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 1 to 65535)");
        }
        DemoBroker broker = new DemoBroker(host, port);
        try {
            broker.server.startServer(new MemoryConfig(properties(host, port)));
        } catch (IOException | RuntimeException e) {
            broker.server.stopServer();
            throw new UncheckedIOException("demo broker: cannot listen on " + host + ":" + port + ": " + e,
                    e instanceof IOException io ? io : new IOException(e));
        }
        broker.running = true;
        broker.awaitListening();
        return broker;
    }

    /** Moquette binds on a Netty thread after {@code startServer} returns: wait until a client can connect. */
    private void awaitListening() {
        long deadline = System.nanoTime() + BIND_TIMEOUT_NANOS;
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(host, port), 200);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new UncheckedIOException("demo broker: not listening on " + host + ":" + port
                            + " after 5 s: " + e, e);
                }
                Thread.onSpinWait();
            }
        }
    }

    private static Properties properties(String host, int port) {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("netty.epoll", "false");
        p.setProperty("netty.tcp_nodelay", "true");
        p.setProperty("immediate_buffer_flush", "true");
        p.setProperty("netty.mqtt.message_size", Integer.toString(MAX_MESSAGE_BYTES));
        p.setProperty("use_metrics", "false");
        p.setProperty("telemetry_enabled", "false");
        return p;
    }

    /** The URL clients connect to, e.g. {@code tcp://127.0.0.1:1883}. */
    public String url() {
        return "tcp://" + host + ":" + port;
    }

    /** Stops the broker; connected clients see their connection close. */
    @Override
    public void close() {
        if (running) {
            running = false;
            server.stopServer();
        }
    }
}
