package io.seizmon.dashboard.mqtt;

import io.seizmon.core.wire.AgentStatusCodec;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.DecodeResult;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.JsonFrameCodec;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.ScoreUpdateCodec;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.StreamMetaResult;
import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEventCodec;
import io.seizmon.core.wire.TruthEventResult;
import io.seizmon.dashboard.web.LiveIngest;
import io.seizmon.dashboard.web.MqttHealth;
import io.vertx.core.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
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
 * <p>Reconnects on its own (Paho automatic reconnect; the first connection is retried every
 * {@value #RETRY_MILLIS} ms) and subscribes again on every connect, which also redelivers retained metadata and
 * agent status.
 */
public final class MqttSubscriber implements MqttCallbackExtended, MqttHealth {

    /** Pause between attempts while the first connection fails, ms. */
    public static final long RETRY_MILLIS = 2000;

    private final MqttAsyncClient client;
    private final Context context;
    private final LiveIngest ingest;
    private final LongSupplier clockMs;
    private final RejectCounter rejections = new RejectCounter();
    private volatile boolean connected;
    private volatile boolean closed;

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
        client.setCallback(this);
    }

    /** Starts connecting; returns at once. */
    public void start() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
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
            client.subscribe(filters, qos);
        } catch (MqttException e) {
            System.err.println("dashboard: MQTT subscribe at " + serverUri + " failed: " + e);
        }
        System.err.println("dashboard: MQTT " + (reconnect ? "reconnected" : "connected") + " to " + serverUri);
    }

    @Override
    public void connectionLost(Throwable cause) {
        connected = false;
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
            accept(topic, AgentStatusCodec.decode(payload, agent.get()),
                    s -> run(() -> ingest.onAgentStatus(WireMapping.agent(s))));
        }
    }

    private void dispatchStream(String topic, StreamTopic t, byte[] payload) {
        switch (t.leaf()) {
            case RAW -> frame(topic, FrameCodec.decode(payload, t));
            case RAW_JSON -> frame(topic, JsonFrameCodec.decode(payload, t.subjectId(), t.simulated()));
            case META -> {
                StreamMetaResult r = StreamMetaCodec.decode(payload, t.subjectId(), t.simulated());
                if (r instanceof StreamMetaResult.Decoded d) {
                    run(() -> ingest.onMeta(d.meta()));
                } else if (payload.length > 0) {
                    rejections.count(((StreamMetaResult.Rejected) r).reason().name(), topic, r.toString());
                }
            }
            case SCORES -> accept(topic, ScoreUpdateCodec.decode(payload, t),
                    u -> run(() -> ingest.onScores(WireMapping.scores(u))));
            case ALERTS -> accept(topic, AlertEventCodec.decode(payload, t),
                    a -> run(() -> ingest.onEvent(WireMapping.event(a, clockMs.getAsLong()))));
            case TRUTH -> {
                TruthEventResult r = TruthEventCodec.decode(payload, t);
                if (r instanceof TruthEventResult.Decoded d) {
                    run(() -> ingest.onTruth(d.event()));
                } else {
                    rejections.count(((TruthEventResult.Rejected) r).reason().name(), topic, r.toString());
                }
            }
        }
    }

    private void frame(String topic, DecodeResult result) {
        if (result instanceof DecodeResult.Decoded d) {
            run(() -> ingest.onFrame(d.frame()));
        } else {
            DecodeResult.Rejected r = (DecodeResult.Rejected) result;
            rejections.count(r.reason().name(), topic, r.detail());
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
        // The dashboard publishes nothing.
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
