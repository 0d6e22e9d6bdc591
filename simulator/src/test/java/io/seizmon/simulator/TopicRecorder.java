package io.seizmon.simulator;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.core.wire.TruthEventCodec;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The subscriber side of integration tests: a Paho client that records every message of one simulated subject in
 * arrival order, reconnecting and resubscribing by itself when the broker restarts. Decoding is done with
 * eeg-core's codecs, as a real consumer would; a payload that does not decode fails the test's assertions.
 */
public final class TopicRecorder implements AutoCloseable {

    /** One message as it arrived. */
    public record Received(StreamTopic topic, byte[] payload, long arrivalNanos) {
    }

    private final MqttClient client;
    private final String filter;
    private final List<Received> received = new ArrayList<>();

    private TopicRecorder(String brokerUrl, String subjectId) throws MqttException {
        this.client = new MqttClient(brokerUrl, "recorder-" + subjectId, new MemoryPersistence());
        this.filter = Topics.subjectFilter(subjectId, true);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                if (reconnect) {
                    new Thread(TopicRecorder.this::subscribe, "resubscribe").start();
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                // Paho reconnects by itself.
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                record(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // Never publishes.
            }
        });
    }

    /** Connects to {@code brokerUrl} and subscribes to every leaf of {@code subjectId} under the sim root. */
    public static TopicRecorder subscribe(String brokerUrl, String subjectId) throws MqttException {
        return subscribe(brokerUrl, subjectId, new MqttConnectOptions());
    }

    /** Connects as {@code username} with {@code password}, and subscribes as {@link #subscribe(String, String)}. */
    public static TopicRecorder subscribe(String brokerUrl, String subjectId, String username, String password)
            throws MqttException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(username);
        options.setPassword(password.toCharArray());
        return subscribe(brokerUrl, subjectId, options);
    }

    private static TopicRecorder subscribe(String brokerUrl, String subjectId, MqttConnectOptions options)
            throws MqttException {
        TopicRecorder recorder = new TopicRecorder(brokerUrl, subjectId);
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(500);
        recorder.client.connect(options);
        recorder.subscribe();
        return recorder;
    }

    private void subscribe() {
        try {
            client.subscribe(filter, 1);
        } catch (MqttException e) {
            throw new IllegalStateException("subscribing to " + filter + " failed", e);
        }
    }

    private synchronized void record(String topic, byte[] payload) {
        received.add(new Received(Topics.parse(topic).orElseThrow(), payload, System.nanoTime()));
    }

    /** Returns every message so far, in arrival order. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Returns true once the empty retained metadata that ends a stream has arrived. */
    public synchronized boolean streamEnded() {
        return received.stream().anyMatch(r -> r.topic().leaf() == Topics.Leaf.META && r.payload().length == 0);
    }

    /** Returns the decoded frames in arrival order; throws if one does not decode. */
    public List<EegFrame> frames() {
        return received().stream().filter(r -> r.topic().leaf() == Topics.Leaf.RAW).map(r -> {
            PayloadResult<EegFrame> result = FrameCodec.decode(r.payload(), r.topic());
            if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
                return decoded.value();
            }
            throw new AssertionError("frame rejected: " + result);
        }).toList();
    }

    /** Returns the decoded truth events in arrival order; throws if one does not decode. */
    public List<TruthEvent> truths() {
        return received().stream().filter(r -> r.topic().leaf() == Topics.Leaf.TRUTH).map(r -> {
            PayloadResult<TruthEvent> result = TruthEventCodec.decode(r.payload(), r.topic());
            if (result instanceof PayloadResult.Decoded<TruthEvent> decoded) {
                return decoded.value();
            }
            throw new AssertionError("truth event rejected: " + result);
        }).toList();
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
