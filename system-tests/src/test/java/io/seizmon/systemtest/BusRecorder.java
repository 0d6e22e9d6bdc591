package io.seizmon.systemtest;

import io.seizmon.core.wire.AgentStatus;
import io.seizmon.core.wire.AgentStatusCodec;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.core.wire.ScoreUpdateCodec;
import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * An independent witness on the bus: a Paho client (in the test's JVM) subscribed to every subject's alerts and
 * scores and every agent's status, keeping what it decoded with eeg-core's codecs. It reconnects and subscribes
 * again after a broker restart. Thread-safe: Paho's thread records, the test thread reads copies.
 */
final class BusRecorder implements MqttCallbackExtended, AutoCloseable {

    private final MqttAsyncClient client;
    private final List<AlertEvent> alerts = new ArrayList<>();
    private final List<ScoreUpdate> scores = new ArrayList<>();
    private final List<AgentStatus> statuses = new ArrayList<>();
    private final List<String> undecodable = new ArrayList<>();

    BusRecorder(String brokerUrl) throws MqttException {
        client = new MqttAsyncClient(brokerUrl, "drill-witness-" + UUID.randomUUID().toString().substring(0, 8),
                new MemoryPersistence());
        client.setCallback(this);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(500);
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        client.connect(options).waitForCompletion(10_000);
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        try {
            client.subscribe(new String[] {Topics.filter(Topics.Leaf.ALERTS), Topics.filter(Topics.Leaf.SCORES),
                Topics.agentStatusFilter()}, new int[] {1, 0, 1});
        } catch (MqttException e) {
            synchronized (this) {
                undecodable.add("subscribe failed: " + e);
            }
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        byte[] payload = message.getPayload();
        Optional<StreamTopic> stream = Topics.parse(topic);
        Optional<String> agent = Topics.parseAgentStatus(topic);
        synchronized (this) {
            if (stream.isPresent() && stream.get().leaf() == Topics.Leaf.ALERTS) {
                keep(topic, AlertEventCodec.decode(payload, stream.get()), alerts);
            } else if (stream.isPresent() && stream.get().leaf() == Topics.Leaf.SCORES) {
                keep(topic, ScoreUpdateCodec.decode(payload, stream.get()), scores);
            } else if (agent.isPresent() && payload.length > 0) {
                keep(topic, AgentStatusCodec.decode(payload, agent.get()), statuses);
            }
        }
    }

    private <T> void keep(String topic, PayloadResult<T> result, List<T> into) {
        if (result instanceof PayloadResult.Decoded<T> d) {
            into.add(d.value());
        } else {
            undecodable.add(topic + ": " + result);
        }
    }

    /** Every alert received, in arrival order, duplicates (QoS 1 redeliveries, journal replays) included. */
    synchronized List<AlertEvent> alerts() {
        return List.copyOf(alerts);
    }

    synchronized List<ScoreUpdate> scores() {
        return List.copyOf(scores);
    }

    synchronized List<AgentStatus> statuses() {
        return List.copyOf(statuses);
    }

    /** Alerts, scores or statuses that did not decode: none is expected from the agents. */
    synchronized List<String> undecodable() {
        return List.copyOf(undecodable);
    }

    @Override
    public void connectionLost(Throwable cause) {
        // automatic reconnect; connectComplete subscribes again
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // publishes nothing
    }

    @Override
    public void close() {
        try {
            client.disconnectForcibly(0, 1000);
        } catch (MqttException e) {
            // closing anyway
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // already closed
        }
    }
}
