package io.seizmon.agent.mqtt;

import io.seizmon.agent.config.BrokerConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's one connection to the broker: a Paho {@link MqttAsyncClient} with Paho's automatic reconnect off
 * and our own loop instead, on one thread ({@code mqtt-connect}): attempt, and on failure or connection loss wait
 * a {@link ReconnectBackoff} delay and try again, for ever. After each successful connection it subscribes to the
 * filters and calls the {@code onConnected} hook (status online, journal replay) on that same thread, never on
 * Paho's callback thread.
 *
 * <p>Each connection registers a Last Will built then by {@code willPayload} (QoS 1, retained). Inbound messages go
 * to {@link FrameSubscriber#onMessage}. Clean session: the journal, not the broker's session, carries unsent
 * events across a lost connection. Thread-safe.
 */
public final class BrokerConnection implements MqttCallback, MessageSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnection.class);
    private static final int MAX_INFLIGHT = 1000;

    private final BrokerConfig config;
    /** Resolved once at construction, so an unreadable password file stops the start. */
    private final char[] password;
    private final MqttAsyncClient client;
    private final FrameSubscriber subscriber;
    private final String willTopic;
    private final Supplier<byte[]> willPayload;
    private final Runnable onConnected;
    private final ReconnectBackoff backoff;
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mqtt-connect");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch firstConnection = new CountDownLatch(1);
    private volatile boolean closed;

    /**
     * @param willTopic   the Last Will's topic (the agent's status topic)
     * @param willPayload builds the Last Will's payload at each connection
     * @param onConnected run on the connector thread after each connection and subscription
     * @throws IllegalArgumentException when the URL or client id is invalid, or the password file unreadable,
     *                                  naming them
     */
    public BrokerConnection(BrokerConfig config, String clientId, FrameSubscriber subscriber, String willTopic,
                            Supplier<byte[]> willPayload, Runnable onConnected, RandomGenerator random) {
        this.config = config;
        this.password = config.resolvePassword(System.getenv());
        this.subscriber = subscriber;
        this.willTopic = willTopic;
        this.willPayload = willPayload;
        this.onConnected = onConnected;
        this.backoff = new ReconnectBackoff(config.reconnectMin(), config.reconnectMax(), config.reconnectJitter(),
                random);
        try {
            this.client = new MqttAsyncClient(config.url(), clientId, new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IllegalArgumentException("seizmon.agent.broker.url: " + config.url() + " / client id "
                    + clientId + ": " + e.getMessage(), e);
        }
        client.setCallback(this);
    }

    /** Starts connecting in the background. */
    public void start() {
        connector.execute(this::attempt);
    }

    /** Waits until the first connection succeeded; false on timeout. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return firstConnection.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained, Object context,
                        IMqttActionListener listener) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(qos);
        message.setRetained(retained);
        client.publish(topic, message, context, listener);
    }

    private void attempt() {
        if (closed) {
            return;
        }
        try {
            client.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    connector.execute(BrokerConnection.this::connected);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    retryLater("connect to " + config.url() + " failed: " + describe(cause));
                }
            });
        } catch (MqttException | RuntimeException e) {
            retryLater("connect to " + config.url() + " failed: " + describe(e));
        }
    }

    private void connected() {
        try {
            List<String> filters = subscriber.filters();
            int[] qos = filters.stream().mapToInt(f -> 1).toArray();
            client.subscribe(filters.toArray(String[]::new), qos).waitForCompletion(config.connectTimeout().toMillis());
            backoff.reset();
            LOG.info("connected to {}, subscribed to {}", config.url(), filters);
            firstConnection.countDown();
            onConnected.run();
        } catch (MqttException | RuntimeException e) {
            LOG.warn("after connecting to {}: {}", config.url(), describe(e));
            disconnectQuietly();
            retryLater("subscription failed");
        }
    }

    private void retryLater(String why) {
        if (closed) {
            return;
        }
        long delay = backoff.nextDelayMillis();
        LOG.warn("{}; retrying in {} ms (attempt {})", why, delay, backoff.attempts());
        connector.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval((int) config.keepAlive().toSeconds());
        options.setConnectionTimeout((int) Math.max(1, config.connectTimeout().toSeconds()));
        options.setMaxInflight(MAX_INFLIGHT);
        options.setSocketFactory(TlsSocketFactories.of(config));
        if (config.username() != null) {
            options.setUserName(config.username());
        }
        if (password != null) {
            options.setPassword(password.clone());
        }
        options.setWill(willTopic, willPayload.get(), 1, true);
        return options;
    }

    @Override
    public void connectionLost(Throwable cause) {
        if (!closed) {
            connector.execute(() -> retryLater("connection to " + config.url() + " lost: " + describe(cause)));
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        subscriber.onMessage(topic, message.getPayload());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Acknowledgements are handled by each publication's own listener.
    }

    /**
     * Publishes {@code lastWords} (the offline status, retained, QoS 1) if connected, waits up to {@code timeout}
     * for it, disconnects and releases the client.
     */
    public void close(String topic, byte[] lastWords, Duration timeout) {
        closed = true;
        connector.shutdownNow();
        try {
            if (client.isConnected()) {
                MqttMessage message = new MqttMessage(lastWords);
                message.setQos(1);
                message.setRetained(true);
                client.publish(topic, message).waitForCompletion(timeout.toMillis());
                client.disconnect(timeout.toMillis()).waitForCompletion(timeout.toMillis());
            }
        } catch (MqttException e) {
            LOG.warn("closing the connection to {}: {}", config.url(), describe(e));
        }
        close();
    }

    @Override
    public void close() {
        closed = true;
        connector.shutdownNow();
        disconnectQuietly();
        try {
            client.close();
        } catch (MqttException e) {
            // nothing left to release
        }
    }

    private void disconnectQuietly() {
        try {
            client.disconnectForcibly(0, 1000);
        } catch (MqttException e) {
            // already disconnected
        }
    }

    static String describe(Throwable e) {
        if (e == null) {
            return "unknown cause";
        }
        String message = e.getMessage();
        Throwable cause = e.getCause();
        String reason = e instanceof MqttException m ? " (Paho reason code " + m.getReasonCode() + ")" : "";
        return (message == null ? e.getClass().getSimpleName() : message) + reason
                + (cause != null && cause != e ? ": " + cause : "");
    }
}
