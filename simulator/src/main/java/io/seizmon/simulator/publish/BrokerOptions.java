package io.seizmon.simulator.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the MQTT broker.
 *
 * @param url              {@code tcp://host:port} (TCP_NODELAY is set) or {@code ssl://host:port}
 * @param clientId         the MQTT client id, 1..23 characters is safe with every broker
 * @param maxInflight      most QoS 1 messages published and not yet acknowledged, 1..65535: {@code publish}
 *                         blocks beyond that
 * @param connectTimeout   how long the first connection may take, &gt; 0
 * @param reconnectTimeout how long to keep trying after the connection is lost before giving up, &gt; 0
 * @param login            the username and password to log in with, or {@code null} to connect anonymously;
 *                         {@link #toString()} shows the username only
 */
public record BrokerOptions(String url, String clientId, int maxInflight, Duration connectTimeout,
                            Duration reconnectTimeout, BrokerLogin login) {

    /** The broker of a local install. */
    public static final String DEFAULT_URL = "tcp://localhost:1883";
    /** Default window of unacknowledged messages. */
    public static final int DEFAULT_MAX_INFLIGHT = 64;
    /** Default time for the first connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time to regain a lost connection. */
    public static final Duration DEFAULT_RECONNECT_TIMEOUT = Duration.ofSeconds(60);

    /** @throws IllegalArgumentException naming the first invalid component */
    public BrokerOptions {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(reconnectTimeout, "reconnectTimeout");
        checkUrl(url);
        if (clientId.isEmpty() || clientId.length() > 65535) {
            throw new IllegalArgumentException("clientId: '" + clientId + "' (expected: 1..65535 characters)");
        }
        if (maxInflight < 1 || maxInflight > 65535) {
            throw new IllegalArgumentException("maxInflight: " + maxInflight + " (expected: 1..65535)");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout: " + connectTimeout + " (expected: > 0)");
        }
        if (reconnectTimeout.isNegative() || reconnectTimeout.isZero()) {
            throw new IllegalArgumentException("reconnectTimeout: " + reconnectTimeout + " (expected: > 0)");
        }
    }

    /**
     * Returns options for {@code url} with a client id unique to this process, no login (anonymous) and the defaults
     * otherwise.
     */
    public static BrokerOptions of(String url) {
        return new BrokerOptions(url, "seizmon-sim-" + ProcessHandle.current().pid(), DEFAULT_MAX_INFLIGHT,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_RECONNECT_TIMEOUT, null);
    }

    /** Returns these options with another window. */
    public BrokerOptions withMaxInflight(int messages) {
        return new BrokerOptions(url, clientId, messages, connectTimeout, reconnectTimeout, login);
    }

    /** Returns these options with another reconnect timeout. */
    public BrokerOptions withReconnectTimeout(Duration timeout) {
        return new BrokerOptions(url, clientId, maxInflight, connectTimeout, timeout, login);
    }

    /** Returns these options with another client id. */
    public BrokerOptions withClientId(String id) {
        return new BrokerOptions(url, id, maxInflight, connectTimeout, reconnectTimeout, login);
    }

    /** Returns these options with another login, {@code null} for anonymous. */
    public BrokerOptions withLogin(BrokerLogin value) {
        return new BrokerOptions(url, clientId, maxInflight, connectTimeout, reconnectTimeout, value);
    }

    private static void checkUrl(String url) {
        String problem = null;
        try {
            URI uri = new URI(url);
            if (!"tcp".equals(uri.getScheme()) && !"ssl".equals(uri.getScheme())) {
                problem = "scheme '" + uri.getScheme() + "'";
            } else if (uri.getHost() == null) {
                problem = "no host";
            }
        } catch (URISyntaxException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            throw new IllegalArgumentException("broker URL: '" + url + "': " + problem
                    + " (expected: tcp://HOST:PORT or ssl://HOST:PORT)");
        }
    }
}
