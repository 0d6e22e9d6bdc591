package io.seizmon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.wire.AlertEvent;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drill 2: the agent is SIGKILLed. With the broker up, its Last Will turns its subjects to "agent offline" on the
 * dashboard. With the broker down, the events it decides (every subject's {@code signal_lost}) stay unsent in its
 * journal; it is SIGKILLed with them unsent, and after the broker and then the agent restart they reach the
 * dashboard, each once.
 */
class AgentRestartIT {

    private static final int SUBJECTS = 2;
    private static final List<String> SUBJECT_IDS = IntStream.range(0, SUBJECTS).mapToObj(SimulatorProcess::subject)
            .toList();

    @RegisterExtension
    static final Drill DRILL = new Drill("agent-restart");

    @Test
    void lastWillShowsAgentOfflineAndUnsentEventsArriveOnceAfterRestart(SystemUnderTest sut) throws Exception {
        BusRecorder witness = sut.startWitness();
        DashboardProcess dashboard = sut.startDashboard();
        AgentProcess agent = sut.startAgent("edge-01");
        DashboardClient api = dashboard.client();
        Drills.awaitHealthy(agent);
        Drills.awaitConnected(dashboard, api);
        sut.startSimulator(SUBJECTS, "14m");
        awaitScoredBy(api, "edge-01");

        agent.kill();
        await("Last Will: every subject agent offline").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> SUBJECT_IDS.stream()
                        .allMatch(s -> Drills.state(api, s).orElse("").equals("agent_offline")));
        assertThat(api.events().orElseThrow()).as("agent_offline events recorded by the dashboard")
                .filteredOn(e -> e.path("kind").asText().equals("agent_offline"))
                .extracting(e -> e.path("subject").asText()).containsAll(SUBJECT_IDS);

        agent.start();
        Drills.awaitHealthy(agent);
        awaitScoredBy(api, "edge-01");
        sut.broker().kill();
        await("signal_lost of every subject journaled, unsent").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> agent.journal().unsent().stream().filter(id -> id.endsWith(":signal_lost")).count()
                        >= SUBJECTS);
        agent.kill();
        List<String> unsent = agent.journal().unsent();
        assertThat(unsent).as("unsent at the kill").filteredOn(id -> id.endsWith(":signal_lost"))
                .extracting(Drills::subject).containsExactlyInAnyOrderElementsOf(SUBJECT_IDS);
        assertThat(Drills.agentEventIds(api)).as("not on the dashboard before the restart")
                .doesNotContainAnyElementsOf(unsent);

        sut.broker().start();
        Drills.awaitConnected(dashboard, api);
        agent.start();
        Drills.awaitHealthy(agent);
        await("the unsent events on the dashboard").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> Drills.agentEventIds(api).containsAll(unsent) && agent.journal().unsent().isEmpty());
        List<String> stored = Drills.agentEventIds(api);
        assertThat(stored).as("dashboard events, each once").doesNotHaveDuplicates();
        assertThat(witness.alerts()).as("the witness saw the replayed events")
                .extracting(AlertEvent::id).containsAll(unsent);
        System.out.printf("AgentRestartIT: %d events unsent at the kill, all delivered after the restart: %s%n",
                unsent.size(), unsent);
    }

    private static void awaitScoredBy(DashboardClient api, String agentId) {
        await("every subject scored by " + agentId).atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> SUBJECT_IDS.stream().allMatch(s -> api.subject(s)
                        .filter(v -> agentId.equals(v.path("agent").asText()))
                        .filter(v -> !v.path("state").asText().equals("agent_offline"))
                        .filter(v -> !v.path("probability").isNull()).isPresent()));
    }
}
