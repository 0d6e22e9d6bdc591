package io.seizmon.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.seizmon.agent.journal.EventJournal;
import io.seizmon.agent.journal.JournalEntry;
import io.seizmon.agent.testing.Alerts;
import io.seizmon.agent.testing.EmbeddedBroker;
import io.seizmon.agent.testing.TestClient;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.Topics;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** (c) An agent started with unsent events in its journal publishes them, same ids and bytes, then marks them. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalReplayIT implements TestPropertyProvider {

    private EmbeddedBroker broker;
    private TestClient dashboard;
    private List<JournalEntry> unsent;

    @Inject
    AgentRuntime runtime;

    static AlertEvent event(int i) {
        long onset = 1_700_000_000_000_000L + i * 1_000_000L;
        return new AlertEvent(AlertEvent.idFor("edge-01", "cage-07", 0, onset, AlertKind.SEIZURE_ONSET), "edge-01",
                "cage-07", false, OptionalInt.of(0), Optional.of("EEG1"), AlertKind.SEIZURE_ONSET, i + 1, onset,
                OptionalLong.empty(), onset + 8_000_000L, onset + 8_100_000L, 0.9, 4, "earlier-model",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", TestConfigs.DETECTION,
                "3 of 4 windows >= 0.5");
    }

    @Override
    public Map<String, String> getProperties() {
        try {
            broker = EmbeddedBroker.start();
            Path dir = Files.createTempDirectory("journal-replay-it");
            Path model = TestConfigs.writeModel(dir.resolve("model.onnx"));
            try (EventJournal journal = EventJournal.open(dir.resolve("state/journal"), 100)) {
                for (int i = 0; i < 3; i++) {
                    AlertEvent e = event(i);
                    journal.append(new JournalEntry(e.id(), Topics.alerts("cage-07", false),
                            AlertEventCodec.encode(e)));
                }
                journal.markSent(event(1).id());
                unsent = journal.unsent();
            }
            dashboard = new TestClient(broker.url(), "dashboard", List.of(Topics.filter(Topics.Leaf.ALERTS),
                    Topics.agentStatusFilter()));
            return Map.of("seizmon.agent.broker.url", broker.url(), "seizmon.agent.model-path", model.toString(),
                    "seizmon.agent.state-directory", dir.resolve("state").toString(), "micronaut.server.port", "-1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        dashboard.close();
        broker.close();
    }

    @Test
    void publishesTheUnsentEventsOfTheJournalOnStartAndMarksThemSent() {
        await().atMost(Duration.ofSeconds(20)).until(() -> dashboard.received("alerts").size() >= 2);
        assertThat(dashboard.received("alerts")).extracting(TestClient.Received::payload)
                .containsExactly(unsent.get(0).payload(), unsent.get(1).payload());
        assertThat(Alerts.of(dashboard)).extracting(AlertEvent::id).containsExactly(event(0).id(), event(2).id());
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.journalBacklog() == 0);
        assertThat(dashboard.received("status")).isNotEmpty();
    }
}
