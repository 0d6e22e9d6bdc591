package io.seizmon.agent.testing;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A plain Paho client standing in for a dashboard and a device: subscribes, records, publishes. */
public final class TestClient implements AutoCloseable {

    /** One received message. */
    public record Received(String topic, byte[] payload, boolean retained) {
    }

    private final MqttClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final List<String> filters;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    public TestClient(String url, String clientId, List<String> filters) throws MqttException {
        this.client = new MqttClient(url, clientId, new MemoryPersistence());
        this.filters = filters;
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setMaxInflight(1000);
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                received.add(new Received(topic, message.getPayload(), message.isRetained()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        connect();
    }

    /** Connects (again) and subscribes to the filters at QoS 1. */
    public void connect() throws MqttException {
        client.connect(options);
        for (String filter : filters) {
            client.subscribe(filter, 1);
        }
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    public void publish(String topic, byte[] payload, int qos, boolean retained) throws MqttException {
        client.publish(topic, payload, qos, retained);
    }

    /** Everything received so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** What arrived on topics ending in {@code /leaf}. */
    public List<Received> received(String leaf) {
        return received.stream().filter(r -> r.topic().endsWith("/" + leaf)).toList();
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(1000);
            }
            client.close(true);
        } catch (MqttException e) {
            // the broker may be gone already
        }
    }
}
