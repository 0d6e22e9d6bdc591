package io.seizmon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.ScoreUpdate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drill 5: two agents on one broker, each assigned half of the subjects by its {@code subjects} setting; one
 * dashboard sees every subject and every alert. Each subject is scored by exactly its own agent ({@code agent} key
 * of every score and alert, on the bus and on the dashboard).
 */
class TwoAgentsIT {

    private static final Map<String, String> OWNER = Map.of(
            SimulatorProcess.subject(0), "edge-a", SimulatorProcess.subject(1), "edge-a",
            SimulatorProcess.subject(2), "edge-b", SimulatorProcess.subject(3), "edge-b");

    @RegisterExtension
    static final Drill DRILL = new Drill("two-agents");

    @Test
    void eachSubjectIsScoredByItsOwnAgentAndOneDashboardSeesAll(SystemUnderTest sut) throws Exception {
        BusRecorder witness = sut.startWitness();
        DashboardProcess dashboard = sut.startDashboard();
        AgentProcess a = sut.startAgent("edge-a", SimulatorProcess.subject(0), SimulatorProcess.subject(1));
        AgentProcess b = sut.startAgent("edge-b", SimulatorProcess.subject(2), SimulatorProcess.subject(3));
        DashboardClient api = dashboard.client();
        Drills.awaitHealthy(a);
        Drills.awaitHealthy(b);
        Drills.awaitConnected(dashboard, api);
        sut.startSimulator(OWNER.size(), "14m");

        await("every subject on the dashboard with scores from its agent, a seizure alarm from each agent")
                .atMost(Drills.STREAM).pollInterval(Drills.POLL).until(() -> OWNER.keySet().stream().allMatch(s ->
                        api.subject(s).filter(v -> OWNER.get(s).equals(v.path("agent").asText())).isPresent())
                        && onsetAgents(api).containsAll(Set.of("edge-a", "edge-b")));

        List<ScoreUpdate> scores = witness.scores();
        assertThat(scores).extracting(ScoreUpdate::subjectId).containsAll(OWNER.keySet());
        for (ScoreUpdate u : scores) {
            assertThat(u.agentId()).as("scorer of %s", u.subjectId()).isEqualTo(OWNER.get(u.subjectId()));
        }
        for (AlertEvent e : witness.alerts()) {
            assertThat(e.agentId()).as("agent of alert %s", e.id()).isEqualTo(OWNER.get(e.subjectId()));
        }
        List<JsonNode> events = api.events().orElseThrow();
        for (JsonNode e : events) {
            assertThat(e.path("agent").asText()).as("agent of dashboard event %s", e.path("id").asText())
                    .isEqualTo(OWNER.get(e.path("subject").asText()));
        }
        Map<String, Long> scoredBy = scores.stream().collect(Collectors.groupingBy(ScoreUpdate::agentId,
                Collectors.counting()));
        System.out.printf("TwoAgentsIT: scores by agent %s, %d alerts on the dashboard, frames decoded: edge-a %.0f, "
                + "edge-b %.0f%n", scoredBy, events.size(), a.metrics().sum("seizmon_agent_frames_in_total"),
                b.metrics().sum("seizmon_agent_frames_in_total"));
    }

    private static Set<String> onsetAgents(DashboardClient api) {
        return api.events().orElse(List.of()).stream().filter(e -> e.path("kind").asText().equals("seizure_onset"))
                .map(e -> e.path("agent").asText()).collect(Collectors.toSet());
    }
}
