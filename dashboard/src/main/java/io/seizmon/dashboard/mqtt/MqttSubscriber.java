package io.seizmon.dashboard.mqtt;

import io.seizmon.core.wire.AgentState;
import io.seizmon.core.wire.AgentStatusCodec;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.JsonFrameCodec;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.ScoreUpdateCodec;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEventCodec;
import io.seizmon.dashboard.web.LiveIngest;
import io.seizmon.dashboard.web.MqttHealth;
import io.vertx.core.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The dashboard's MQTT edge (Paho): subscribes to every subject's raw, raw-json, meta, scores, alerts and truth
 * topics and to every agent's status, decodes each message on Paho's callback thread with eeg-core's codecs, and
 * hands the decoded value to {@link LiveIngest} on the dashboard's event loop. The callback never throws and never
 * blocks: a rejected payload is counted by reason ({@link RejectCounter}) and skipped.
 *
 * <p>Reconnects on its own (Paho automatic reconnect, its back-off capped at {@value #MAX_RECONNECT_DELAY_MILLIS} ms;
 * the first connection is retried every {@value #RETRY_MILLIS} ms) and subscribes again on every connect, which also
 * redelivers retained metadata and agent status. Once subscribed, and whenever an agent turns online, it asks the
 * agents to republish their journals ({@link ResyncRequester}): alerts published while it was not subscribed are
 * not lost; duplicates are dropped by id when stored.
 */
public final class MqttSubscriber implements MqttCallbackExtended, MqttHealth {

    /** Pause between attempts while the first connection fails, ms. */
    public static final long RETRY_MILLIS = 2000;
    /** Longest pause between automatic reconnection attempts, ms (Paho's default is 128 s). */
    public static final int MAX_RECONNECT_DELAY_MILLIS = 2000;

    private final MqttAsyncClient client;
    private final Context context;
    private final LiveIngest ingest;
    private final LongSupplier clockMs;
    private final RejectCounter rejections = new RejectCounter();
    private final ResyncRequester resync;
    private volatile boolean connected;
    private volatile boolean closed;

    /** Broker login, set by {@link #login} before {@link #start}; null for anonymous. */
    private String username;
    private char[] password;

    /**
     * @param brokerUrl {@code tcp://HOST:PORT}
     * @param clientId  client id, or null for a random one
     * @param context   the dashboard's event-loop context
     * @param ingest    receives decoded messages on {@code context}
     */
    public MqttSubscriber(String brokerUrl, String clientId, Context context, LiveIngest ingest, LongSupplier clockMs)
            throws MqttException {
        String id = clientId != null ? clientId : "seizmon-dashboard-" + UUID.randomUUID().toString().substring(0, 8);
        this.client = new MqttAsyncClient(brokerUrl, id, new MemoryPersistence());
        this.context = context;
        this.ingest = ingest;
        this.clockMs = clockMs;
        this.resync = new ResyncRequester(id, () -> clockMs.getAsLong() * 1000, this::publishResync);
        client.setCallback(this);
    }

    /**
     * Logs in as {@code username} with {@code password} from the next connection on (call before {@link #start}).
     * A null user name keeps the connection anonymous.
     */
    public void login(String username, char[] password) {
        this.username = username;
        this.password = password == null ? null : password.clone();
    }

    /** Notes the newest stored event's {@code published_us}, µs (at start-up), for the first resync request. */
    public void seedNewestEvent(long publishedMicros) {
        resync.onEventPublished(publishedMicros);
    }

    private void publishResync(byte[] payload) {
        try {
            client.publish(Topics.resync(), payload, Topics.RESYNC_QOS, Topics.RESYNC_RETAINED);
        } catch (MqttException | RuntimeException e) {
            System.err.println("dashboard: resync request not published: " + e);
        }
    }

    /** Starts connecting; returns at once. */
    public void start() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(MAX_RECONNECT_DELAY_MILLIS);
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
        if (username != null) {
            options.setUserName(username);
            if (password != null) {
                options.setPassword(password.clone());
            }
        }
        try {
            client.connect(options, null, new RetryingConnect(this, options));
        } catch (MqttException e) {
            retryLater(options);
        }
    }

    void retryLater(MqttConnectOptions options) {
        if (!closed) {
            context.owner().setTimer(RETRY_MILLIS, id -> {
                try {
                    client.connect(options, null, new RetryingConnect(this, options));
                } catch (MqttException e) {
                    retryLater(options);
                }
            });
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        connected = true;
        String[] filters = {Topics.filter(Topics.Leaf.RAW), Topics.filter(Topics.Leaf.RAW_JSON),
            Topics.filter(Topics.Leaf.META), Topics.filter(Topics.Leaf.SCORES), Topics.filter(Topics.Leaf.ALERTS),
            Topics.filter(Topics.Leaf.TRUTH), Topics.agentStatusFilter()};
        int[] qos = {Topics.Leaf.RAW.qos(), Topics.Leaf.RAW_JSON.qos(), Topics.Leaf.META.qos(),
            Topics.Leaf.SCORES.qos(), Topics.Leaf.ALERTS.qos(), Topics.Leaf.TRUTH.qos(), Topics.AGENT_STATUS_QOS};
        try {
            client.subscribe(filters, qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    resync.onSubscribed();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    System.err.println("dashboard: MQTT subscribe at " + serverUri + " failed: " + cause);
                }
            });
        } catch (MqttException e) {
            System.err.println("dashboard: MQTT subscribe at " + serverUri + " failed: " + e);
        }
        System.err.println("dashboard: MQTT " + (reconnect ? "reconnected" : "connected") + " to " + serverUri);
    }

    @Override
    public void connectionLost(Throwable cause) {
        connected = false;
        resync.onConnectionLost();
        System.err.println("dashboard: MQTT connection lost (" + cause + "); reconnecting");
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        try {
            dispatch(topic, message.getPayload());
        } catch (Throwable t) {
            rejections.count("exception", topic, t.toString());
        }
    }

    private void dispatch(String topic, byte[] payload) {
        Optional<StreamTopic> stream = Topics.parse(topic);
        if (stream.isPresent()) {
            dispatchStream(topic, stream.get(), payload);
            return;
        }
        Optional<String> agent = Topics.parseAgentStatus(topic);
        if (agent.isEmpty()) {
            rejections.count("unknown_topic", topic, "");
        } else if (payload.length == 0) {
            run(() -> ingest.onAgentGone(agent.get()));
        } else {
            accept(topic, AgentStatusCodec.decode(payload, agent.get()), s -> {
                resync.onAgentStatus(s.agentId(), s.state() == AgentState.ONLINE);
                run(() -> ingest.onAgentStatus(WireMapping.agent(s)));
            });
        }
    }

    private void dispatchStream(String topic, StreamTopic t, byte[] payload) {
        switch (t.leaf()) {
            case RAW -> accept(topic, FrameCodec.decode(payload, t), f -> run(() -> ingest.onFrame(f)));
            case RAW_JSON -> accept(topic, JsonFrameCodec.decode(payload, t.subjectId(), t.simulated()),
                    f -> run(() -> ingest.onFrame(f)));
            case META -> {
                // An empty retained payload clears the metadata ("stream gone"): not a rejection.
                if (payload.length > 0) {
                    accept(topic, StreamMetaCodec.decode(payload, t.subjectId(), t.simulated()),
                            m -> run(() -> ingest.onMeta(m)));
                }
            }
            case SCORES -> accept(topic, ScoreUpdateCodec.decode(payload, t),
                    u -> run(() -> ingest.onScores(WireMapping.scores(u))));
            case ALERTS -> accept(topic, AlertEventCodec.decode(payload, t), a -> {
                resync.onEventPublished(a.publishedMicros());
                run(() -> ingest.onEvent(WireMapping.event(a, clockMs.getAsLong())));
            });
            case TRUTH -> accept(topic, TruthEventCodec.decode(payload, t), e -> run(() -> ingest.onTruth(e)));
        }
    }

    private <T> void accept(String topic, PayloadResult<T> result, Consumer<T> onDecoded) {
        if (result instanceof PayloadResult.Decoded<T> d) {
            onDecoded.accept(d.value());
        } else {
            PayloadResult.Rejected<T> r = (PayloadResult.Rejected<T>) result;
            rejections.count(r.reason().name(), topic, r.detail());
        }
    }

    private void run(Runnable action) {
        context.runOnContext(v -> {
            try {
                action.run();
            } catch (Throwable t) {
                System.err.println("dashboard: handling an MQTT message failed: " + t);
            }
        });
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Resync requests are fire-and-forget: a lost one is followed by the next (re)connection's.
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public long rejected() {
        return rejections.total();
    }

    /** Disconnects and releases the client. */
    public void close() {
        closed = true;
        try {
            if (client.isConnected()) {
                client.disconnectForcibly(1000, 1000);
            }
            client.close(true);
        } catch (MqttException e) {
            System.err.println("dashboard: MQTT close: " + e);
        }
    }
}
