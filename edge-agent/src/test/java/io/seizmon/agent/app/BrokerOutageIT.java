package io.seizmon.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.seizmon.agent.testing.Alerts;
import io.seizmon.agent.testing.DevicePublisher;
import io.seizmon.agent.testing.TestClient;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.testing.MosquittoBroker;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.ResyncRequest;
import io.seizmon.core.wire.ResyncRequestCodec;
import io.seizmon.core.wire.Topics;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * (b) Debian's mosquitto SIGKILLed and restarted mid-stream: every event the agent decided reaches a subscriber,
 * including the one decided while the broker was dead (signal lost), which waited in the journal.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerOutageIT implements TestPropertyProvider {

    private static final long T0 = 1_700_000_000_000_000L;
    /** Started by hand: the agent's context needs the broker's URL before JUnit would start an extension. */
    private final MosquittoBroker broker = new MosquittoBroker();

    @Inject
    AgentRuntime runtime;

    @Override
    public Map<String, String> getProperties() {
        try {
            broker.beforeAll(null);
            Path dir = Files.createTempDirectory("broker-outage-it");
            Path model = TestConfigs.writeModel(dir.resolve("model.onnx"));
            return Map.of("seizmon.agent.broker.url", broker.url(), "seizmon.agent.model-path", model.toString(),
                    "seizmon.agent.state-directory", dir.resolve("state").toString(),
                    "seizmon.agent.stale-timeout", "2s",
                    "seizmon.agent.broker.reconnect-min", "1s", "seizmon.agent.broker.reconnect-max", "2s",
                    "seizmon.agent.broker.reconnect-jitter", "0",
                    "seizmon.agent.detection.refractory-seconds", "0", "micronaut.server.port", "-1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() throws Exception {
        broker.afterAll(null);
    }

    private static Set<String> ids(List<AlertEvent> events, AlertKind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(AlertEvent::id).collect(Collectors.toSet());
    }

    @Test
    void losesNoEventWhenTheBrokerIsKilledAndRestartedMidStream() throws Exception {
        TestClient dashboard = new TestClient(broker.url(), "dashboard", List.of(Topics.filter(Topics.Leaf.ALERTS)));
        TestClient device = new TestClient(broker.url(), "device", List.of());
        await().atMost(Duration.ofSeconds(20)).until(runtime::connected);
        DevicePublisher cage = new DevicePublisher(device, "cage-07", false, 1, T0, 7);
        cage.stream(10, false);
        cage.stream(8, true);
        cage.stream(8, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(Alerts.of(dashboard), AlertKind.SEIZURE_OFFSET)
                .size() == 1);

        cage.stream(1, false);
        broker.kill();
        await().atMost(Duration.ofSeconds(20)).until(() -> !runtime.connected());
        // decided while the broker is dead: the stream goes stale; the event waits in the journal
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.journalBacklog() >= 1);
        broker.start();
        dashboard.connect();
        // As the dashboard does after every reconnect (docs/topics.md, resync): the agent may have republished its
        // journal before this client subscribed again.
        dashboard.publish(Topics.resync(), ResyncRequestCodec.encode(new ResyncRequest("test-dashboard", 0)),
                Topics.RESYNC_QOS, Topics.RESYNC_RETAINED);
        device.connect();
        await().atMost(Duration.ofSeconds(30)).until(() -> !ids(Alerts.of(dashboard), AlertKind.SIGNAL_LOST)
                .isEmpty());

        cage.skip(5);
        cage.stream(8, false);
        cage.stream(8, true);
        cage.stream(6, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(Alerts.of(dashboard), AlertKind.SEIZURE_OFFSET)
                .size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.journalBacklog() == 0);

        List<AlertEvent> received = Alerts.of(dashboard);
        assertThat(ids(received, AlertKind.SEIZURE_ONSET)).hasSize(2);
        assertThat(ids(received, AlertKind.SIGNAL_GAP)).hasSize(1);
        long distinct = received.stream().map(AlertEvent::id).distinct().count();
        assertThat(distinct).as("every decided event arrived").isEqualTo((long) runtime.metrics().eventsCount());
        dashboard.close();
        device.close();
    }
}
