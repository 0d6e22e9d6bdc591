package io.seizmon.simulator.publish;

import io.seizmon.core.net.NoDelaySocketFactory;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes over one Paho {@link MqttAsyncClient} connection, with flow control and reconnection done here rather
 * than assumed.
 *
 * <ul>
 *   <li><b>Window.</b> At most {@link BrokerOptions#maxInflight()} messages are unacknowledged (QoS 1: until the
 *       PUBACK; QoS 0: until written); {@link #publish} blocks for a free slot, so a replay at {@code max} runs at
 *       the broker's pace and nothing is dropped.</li>
 *   <li><b>Connection loss.</b> Publishers block; a supervisor thread reconnects (clean session, back-off 0.1 s
 *       doubling to 2 s) for up to {@link BrokerOptions#reconnectTimeout()}, re-sends every unacknowledged message
 *       in publish order, then lets publishers go on. A message the broker had received but not acknowledged is
 *       thus sent twice: consumers drop the duplicate by sequence number. Messages the broker had acknowledged but
 *       not yet delivered to subscribers are lost if the broker itself died (mosquitto without persistence).</li>
 *   <li><b>Giving up.</b> When the connection is not regained in time, or a message fails
 *       {@value #MAX_ATTEMPTS} times, every blocked and later call throws a {@link PublishException} naming the
 *       broker and the last cause.</li>
 * </ul>
 * Sockets set {@code TCP_NODELAY} ({@link NoDelaySocketFactory}) for {@code tcp://} URLs; {@code ssl://} URLs use
 * Paho's default TLS socket factory, which trusts the JVM's trust store ({@code -Djavax.net.ssl.trustStore=...}) and
 * checks the broker's host name. With {@link BrokerOptions#login()} set, every connect sends its username and
 * password; a broker refusing them fails {@link #connect} (and a reconnect) with Paho's "not authorized" or "bad user
 * name or password" in the message. Thread-safe.
 */
public final class PahoPublisher implements MessagePublisher {

    static final int MAX_ATTEMPTS = 10;
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long MAX_RETRY_MILLIS = 2000;
    private static final int KEEP_ALIVE_SECONDS = 30;

    private final BrokerOptions options;
    private final MqttAsyncClient client;
    private final MqttConnectOptions connectOptions = new MqttConnectOptions();
    private final InflightWindow window;
    private final Thread supervisor = new Thread(this::supervise, "mqtt-supervisor");
    private volatile int reconnects;
    /** Extra time for the broker's CONNACK beyond the TCP connect timeout, ms. */
    private static final long CONNACK_GRACE_MILLIS = 5_000;

    private PahoPublisher(BrokerOptions options, MqttAsyncClient client) {
        this.options = options;
        this.client = client;
        this.window = new InflightWindow(options.url(), options.maxInflight(), MAX_ATTEMPTS);
        connectOptions.setCleanSession(true);
        connectOptions.setAutomaticReconnect(false);
        // Paho counts its own window; ours is the binding one, so Paho's never refuses a message.
        connectOptions.setMaxInflight(Math.min(65535, 2 * options.maxInflight()));
        connectOptions.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
        connectOptions.setConnectionTimeout((int) Math.max(1, options.connectTimeout().toSeconds()));
        if (options.url().startsWith("tcp://")) {
            connectOptions.setSocketFactory(new NoDelaySocketFactory());
        }
        if (options.login() != null) {
            connectOptions.setUserName(options.login().username());
            connectOptions.setPassword(options.login().password());
        }
        supervisor.setDaemon(true);
    }

    /**
     * Connects to the broker of {@code options}.
     *
     * @throws PublishException when the broker cannot be reached within the connect timeout, naming it and why
     */
    public static PahoPublisher connect(BrokerOptions options) throws PublishException {
        MqttAsyncClient client;
        try {
            client = new MqttAsyncClient(options.url(), options.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new PublishException("MQTT broker " + options.url() + ": " + describe(e), e);
        }
        PahoPublisher publisher = new PahoPublisher(options, client);
        client.setCallback(new ConnectionLossCallback(publisher.window::closeGate));
        try {
            client.connect(publisher.connectOptions).waitForCompletion();
        } catch (MqttException e) {
            publisher.close();
            throw new PublishException("cannot connect to the MQTT broker at " + options.url() + ": "
                    + describe(e) + loginHint(e, options), e);
        }
        publisher.window.openGate();
        publisher.supervisor.start();
        return publisher;
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained) throws PublishException,
            InterruptedException {
        send(window.add(new InflightWindow.Pending(topic, payload, qos, retained)));
    }

    @Override
    public void flush(Duration timeout) throws PublishException, InterruptedException {
        window.awaitEmpty(timeout);
    }

    @Override
    public int reconnects() {
        return reconnects;
    }

    @Override
    public void close() {
        window.close();
        supervisor.interrupt();
        try {
            if (client.isConnected()) {
                client.disconnect(1000).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            // Closing anyway: a broker that does not answer the disconnect cannot lose anything more.
        }
        try {
            client.disconnectForcibly(0, 1000);
        } catch (MqttException e) {
            // Already disconnected.
        }
        try {
            client.close();
        } catch (MqttException e) {
            // Nothing left to release.
        }
    }

    private void send(InflightWindow.Send send) {
        try {
            client.publish(send.pending().topic, send.pending().message, null, new DeliveryListener(send));
        } catch (MqttException | RuntimeException e) {
            window.failed(send.id(), send.attempt(), e);
        }
    }

    /**
     * The supervisor thread: waits for trouble, reconnects when needed, re-sends, then opens the gate. A failed
     * send on a connection Paho still calls up waits a moment first: the loss is usually about to be reported.
     */
    private void supervise() {
        try {
            while (window.awaitTrouble()) {
                boolean reconnected = false;
                if (client.isConnected() && !window.pause(FIRST_RETRY_MILLIS)) {
                    return;
                }
                if (!client.isConnected()) {
                    window.closeGate(null);
                    if (!reconnect()) {
                        return;
                    }
                    reconnected = true;
                }
                window.takeResends(reconnected).forEach(this::send);
                if (client.isConnected()) {
                    window.openGate();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // Never die silently: publishers would wait at a closed gate for ever. Fail them with the cause.
            window.fail("the MQTT supervisor for " + options.url() + " stopped: " + describe(e));
        }
    }

    private boolean reconnect() throws InterruptedException {
        long deadline = System.nanoTime() + options.reconnectTimeout().toNanos();
        long backoffMillis = FIRST_RETRY_MILLIS;
        while (true) {
            try {
                // Bounded: Paho's connection timeout covers the TCP connect only, not a CONNACK that never comes.
                client.connect(connectOptions).waitForCompletion(options.connectTimeout().toMillis()
                        + CONNACK_GRACE_MILLIS);
                if (client.isConnected()) {
                    reconnects++;
                    return true;
                }
                abandonAttempt(new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT));
            } catch (MqttException e) {
                if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
                    abandonAttempt(e);
                } else {
                    window.noteCause(e);
                }
            }
            if (System.nanoTime() + backoffMillis * 1_000_000 - deadline > 0) {
                window.fail("lost the MQTT broker at " + options.url() + " and could not reconnect within "
                        + options.reconnectTimeout().toSeconds() + " s");
                return false;
            }
            if (!window.pause(backoffMillis)) {
                return false;
            }
            backoffMillis = Math.min(MAX_RETRY_MILLIS, 2 * backoffMillis);
        }
    }

    /** Gives up a connect attempt that got no answer, so the next attempt is not refused as "in progress". */
    private void abandonAttempt(MqttException cause) {
        window.noteCause(cause);
        try {
            client.disconnectForcibly(0, 0);
        } catch (MqttException e) {
            // Not connected or not connecting any more: the next attempt can go ahead.
        }
    }

    /** Returns a hint at the login when the broker refused the CONNECT for its credentials, else "". */
    static String loginHint(MqttException e, BrokerOptions options) {
        int code = e.getReasonCode();
        if (code != MqttException.REASON_CODE_FAILED_AUTHENTICATION
                && code != MqttException.REASON_CODE_NOT_AUTHORIZED) {
            return "";
        }
        return options.login() == null ? "; the broker wants a login (--username, --password-file)"
                : "; check the password of user '" + options.login().username() + "'";
    }

    /** Returns a one-line description of {@code e} and its cause, with Paho's reason code. */
    static String describe(Throwable e) {
        if (e == null) {
            return "no cause reported";
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof MqttException mqtt) {
            text += " (Paho reason code " + mqtt.getReasonCode() + ")";
        }
        Throwable cause = e.getCause();
        if (cause == null || cause == e) {
            return text;
        }
        return text + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /** Paho's delivery callback for one attempt of one message; runs on Paho's callback thread and never throws. */
    private final class DeliveryListener implements IMqttActionListener {
        private final InflightWindow.Send send;

        DeliveryListener(InflightWindow.Send send) {
            this.send = send;
        }

        @Override
        public void onSuccess(IMqttToken token) {
            window.delivered(send.id());
        }

        @Override
        public void onFailure(IMqttToken token, Throwable exception) {
            window.failed(send.id(), send.attempt(), exception);
        }
    }

    /** Paho's connection callback: reports the loss and nothing else (the publisher subscribes to nothing). */
    private record ConnectionLossCallback(Consumer<Throwable> onLoss) implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            onLoss.accept(cause);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // Never subscribed.
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Each publish has its own listener.
        }
    }
}
