package io.seizmon.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.seizmon.agent.testing.DevicePublisher;
import io.seizmon.agent.testing.EmbeddedBroker;
import io.seizmon.agent.testing.TestClient;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.wire.Topics;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** (e) Malformed frames are rejected and counted by reason (visible at /prometheus) while another stream scores. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFramesIT implements TestPropertyProvider {

    private EmbeddedBroker broker;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            broker = EmbeddedBroker.start();
            Path dir = Files.createTempDirectory("malformed-it");
            Path model = TestConfigs.writeModel(dir.resolve("model.onnx"));
            return Map.of("seizmon.agent.broker.url", broker.url(), "seizmon.agent.model-path", model.toString(),
                    "seizmon.agent.state-directory", dir.resolve("state").toString(), "micronaut.server.port", "-1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        broker.close();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve(URI.create(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void countsMalformedFramesByReasonWhileAnotherStreamKeepsScoring() throws Exception {
        try (TestClient device = new TestClient(broker.url(), "device", List.of());
             TestClient dashboard = new TestClient(broker.url(), "dashboard",
                     List.of(Topics.filter(Topics.Leaf.SCORES)))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> get("/health").contains("UP"));
            DevicePublisher good = new DevicePublisher(device, "cage-good", false, 2, 1_700_000_000_000_000L, 1);
            for (int i = 0; i < 10; i++) {
                device.publish(Topics.raw("cage-bad", false), "not a frame".getBytes(StandardCharsets.UTF_8), 1,
                        false);
                device.publish(Topics.rawJson("cage-bad", false), "{\"v\":1,".getBytes(StandardCharsets.UTF_8), 1,
                        false);
                good.stream(1);
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("/prometheus"))
                    .contains("seizmon_agent_frames_rejected_total{reason=\"BAD_MAGIC\"} 10.0")
                    .contains("seizmon_agent_frames_rejected_total{reason=\"MALFORMED_JSON\"} 10.0"));
            await().atMost(Duration.ofSeconds(20)).until(() -> dashboard.received("scores").size() >= 6);
            assertThat(dashboard.received("scores")).allSatisfy(r -> assertThat(r.topic())
                    .isEqualTo(Topics.scores("cage-good", false)));
            assertThat(get("/prometheus")).contains("seizmon_agent_decision_latency_milliseconds");
        }
    }
}
