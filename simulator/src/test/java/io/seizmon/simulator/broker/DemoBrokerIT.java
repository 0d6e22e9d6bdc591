package io.seizmon.simulator.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo broker does what the demo relies on: QoS 1 delivery, retained messages and Last Wills. */
class DemoBrokerIT {

    private DemoBroker broker;

    @BeforeEach
    void startBroker() throws IOException {
        broker = DemoBroker.start(DemoBroker.DEFAULT_HOST, freePort());
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void deliversQos1MessagesAndRetainedMessagesToLateSubscribers() throws MqttException {
        MqttClient publisher = connect("pub", null);
        publisher.publish("seizmon/v1/agents/edge-01/status", bytes("online"), 1, true);
        publisher.publish("seizmon/v1/sim/cage-01/alerts", bytes("a1"), 1, false);

        List<String> received = new CopyOnWriteArrayList<>();
        MqttClient subscriber = connect("sub", null);
        subscriber.subscribe("seizmon/v1/#", 1, (topic, message) -> received.add(topic + "=" + text(message)));
        publisher.publish("seizmon/v1/sim/cage-01/alerts", bytes("a2"), 1, false);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(received).containsExactlyInAnyOrder(
                "seizmon/v1/agents/edge-01/status=online", "seizmon/v1/sim/cage-01/alerts=a2"));
        publisher.disconnect();
        subscriber.disconnect();
    }

    @Test
    void publishesTheLastWillWhenAClientDisappears() throws MqttException {
        List<String> received = new CopyOnWriteArrayList<>();
        MqttClient watcher = connect("watcher", null);
        watcher.subscribe("seizmon/v1/agents/+/status", 1, (topic, message) -> received.add(text(message)));

        MqttClient agent = connect("agent", "offline");
        agent.disconnectForcibly(0, 0, false);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).contains("offline"));
        watcher.disconnect();
    }

    @Test
    void refusesAPortInUseNamingIt() throws IOException {
        int port = Integer.parseInt(broker.url().substring(broker.url().lastIndexOf(':') + 1));
        assertThatThrownBy(() -> DemoBroker.start(DemoBroker.DEFAULT_HOST, port))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void rejectsAnInvalidPort() {
        assertThatThrownBy(() -> DemoBroker.start(DemoBroker.DEFAULT_HOST, 70_000))
                .hasMessage("port: 70000 (expected: 1 to 65535)");
    }

    private MqttClient connect(String clientId, String will) throws MqttException {
        MqttClient client = new MqttClient(broker.url(), clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setKeepAliveInterval(2);
        if (will != null) {
            options.setWill("seizmon/v1/agents/edge-01/status", bytes(will), 1, true);
        }
        client.connect(options);
        return client;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(org.eclipse.paho.client.mqttv3.MqttMessage message) {
        return new String(message.getPayload(), StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
