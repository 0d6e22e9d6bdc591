package io.seizmon.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.seizmon.agent.testing.Alerts;
import io.seizmon.agent.testing.TestClient;
import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EdfReader;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.testing.MosquittoBroker;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.Topics;
import io.seizmon.simulator.live.LiveStreamer;
import io.seizmon.simulator.live.ReplaySummary;
import io.seizmon.simulator.live.StreamOptions;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.publish.BrokerOptions;
import io.seizmon.simulator.synth.SynthSpec;
import io.seizmon.simulator.synth.SyntheticSource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The agent with {@code recording.enabled=true}, fed by the real simulator through Debian's mosquitto: the EDF+
 * files it writes hold every seizure onset it published, at the onset's time, with the alert's id.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingIT implements TestPropertyProvider {

    private final MosquittoBroker broker = new MosquittoBroker();
    private Path recordings;

    @Inject
    AgentRuntime runtime;

    @Override
    public Map<String, String> getProperties() {
        assumeTrue(Files.isRegularFile(SeizureAlertsIT.SHIPPED_MODEL), "skipped: the shipped model is absent");
        try {
            broker.beforeAll(null);
            Path dir = Files.createTempDirectory("recording-it");
            recordings = dir.resolve("recordings");
            return Map.of("seizmon.agent.broker.url", broker.url(),
                    "seizmon.agent.model-path", SeizureAlertsIT.SHIPPED_MODEL.toString(),
                    "seizmon.agent.state-directory", dir.resolve("state").toString(),
                    "seizmon.agent.stale-timeout", "60s", "micronaut.server.port", "-1",
                    // as in SeizureAlertsIT: each pipeline thread's share of the queue holds the whole recording
                    "seizmon.agent.queue-capacity", "480000", "seizmon.agent.queue-max-samples", "48000000",
                    "seizmon.agent.recording.enabled", "true",
                    "seizmon.agent.recording.directory", recordings.toString(),
                    "seizmon.agent.recording.file-duration", "10m");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() throws Exception {
        broker.afterAll(null);
    }

    @Test
    void theFilesHoldEveryPublishedSeizureOnsetAtItsTime() throws Exception {
        SynthSpec spec = SynthSpec.of(1000, 3600, 2).withSeizuresPerDay(96);
        List<AlertEvent> onsets;
        try (TestClient dashboard = new TestClient(broker.url(), "dashboard",
                List.of(Topics.filter(Topics.Leaf.ALERTS)));
             SyntheticSource source = SyntheticSource.subject(spec, 0)) {
            await().atMost(Duration.ofSeconds(20)).until(runtime::connected);
            ReplaySummary summary = LiveStreamer.stream(List.of(source), StreamOptions.builder()
                    .broker(BrokerOptions.of(broker.url())).speed(ReplaySpeed.MAX).progress(false).quiet(true)
                    .build());
            assertThat(summary.succeeded()).isTrue();
            long frames = spec.totalSamples() / 100;
            await().atMost(Duration.ofSeconds(180)).until(() -> runtime.metrics().framesInCount() >= frames
                    && runtime.queueDepth() == 0 && runtime.journalBacklog() == 0
                    && runtime.recorder().queueDepth() == 0);
            onsets = Alerts.of(dashboard).stream().filter(a -> a.kind() == AlertKind.SEIZURE_ONSET).toList();
        }
        runtime.recorder().close(10_000);
        assertThat(onsets).as("the synthetic hour has seizures the agent found").isNotEmpty();
        assertThat(runtime.recorder().stats().dropped()).isZero();
        assertThat(runtime.recorder().stats().writeErrors()).isZero();

        List<Path> files;
        try (Stream<Path> s = Files.list(recordings)) {
            files = s.sorted().toList();
        }
        assertThat(files).as("one file per 10 minutes of the hour").hasSize(6)
                .allMatch(f -> f.getFileName().toString().matches("sim-[a-z0-9._-]+-\\d{8}T\\d{6}Z\\.edf"));
        List<Double> absoluteOnsets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long records = 0;
        for (Path file : files) {
            try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
                records += reader.header().recordCount();
                double start = reader.header().startTime().toEpochSecond(ZoneOffset.UTC);
                for (Annotation a : reader.annotations()) {
                    absoluteOnsets.add(start + a.onsetSeconds());
                    texts.add(a.text());
                }
            }
        }
        assertThat(records).as("every sample of the hour: 3600 whole records").isEqualTo(3600);
        for (AlertEvent onset : onsets) {
            int i = texts.indexOf(texts.stream().filter(t -> t.endsWith("id=" + onset.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no annotation for " + onset.id())));
            assertThat(absoluteOnsets.get(i)).isCloseTo(onset.onsetMicros() / 1e6,
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(texts.get(i)).startsWith("seizure_onset ch" + onset.channel().getAsInt());
        }
    }
}
