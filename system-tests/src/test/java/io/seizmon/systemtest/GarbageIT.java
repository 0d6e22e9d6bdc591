package io.seizmon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.Topics.Leaf;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drill 4: garbage, truncated and oversized payloads on every topic the agent and the dashboard subscribe to (raw,
 * raw-json, meta, scores, alerts, truth of a streaming subject and of an unknown one; the status of the running
 * agent and of an unknown one), several rounds, while a well-formed subject streams. No process dies, the agent
 * counts its rejections by reason, the dashboard counts its own ({@code /health}: {@code mqtt_rejected}, a total),
 * and the well-formed stream keeps being scored.
 */
class GarbageIT {

    private static final int ROUNDS = 3;
    private static final String STREAMING = SimulatorProcess.subject(0);
    private static final String UNKNOWN = "garbage-01";
    private static final List<Leaf> AGENT_LEAVES = List.of(Leaf.RAW, Leaf.RAW_JSON, Leaf.META);
    private static final String REJECTED = "seizmon_agent_frames_rejected_total";

    @RegisterExtension
    static final Drill DRILL = new Drill("garbage");

    @Test
    void badPayloadsOnEveryTopicAreCountedAndTheGoodStreamIsStillScored(SystemUnderTest sut) throws Exception {
        BusRecorder witness = sut.startWitness();
        DashboardProcess dashboard = sut.startDashboard();
        AgentProcess agent = sut.startAgent("edge-01");
        DashboardClient api = dashboard.client();
        Drills.awaitHealthy(agent);
        Drills.awaitConnected(dashboard, api);
        SimulatorProcess simulator = sut.startSimulator(1, "14m");
        await("scores of the good stream").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> !witness.scores().isEmpty());
        PrometheusMetrics before = agent.metrics();
        long dashboardBefore = api.health().orElseThrow().path("mqtt_rejected").asLong();
        int toAgent = 0;

        try (GarbagePublisher garbage = new GarbagePublisher(sut.broker().url())) {
            for (int round = 0; round < ROUNDS; round++) {
                for (String subject : List.of(STREAMING, UNKNOWN)) {
                    for (Leaf leaf : Leaf.values()) {
                        Map<String, byte[]> payloads = leaf == Leaf.RAW ? garbage.binaryPayloads(subject)
                                : garbage.jsonPayloads(subject);
                        for (byte[] payload : payloads.values()) {
                            garbage.publish(Topics.stream(subject, true, leaf), payload);
                            toAgent += AGENT_LEAVES.contains(leaf) ? 1 : 0;
                        }
                    }
                }
                for (String agentId : List.of("edge-01", "garbage-agent")) {
                    for (byte[] payload : garbage.jsonPayloads(UNKNOWN).values()) {
                        garbage.publish(Topics.agentStatus(agentId), payload);
                    }
                }
            }
            int sent = garbage.published();
            int agentExpected = toAgent;
            long scoresAtEnd = witness.scores().size();
            await("every bad payload counted by the agent and the dashboard, the good stream scored")
                    .atMost(Drills.STREAM).pollInterval(Drills.POLL).until(() ->
                            agent.metrics().sum(REJECTED) - before.sum(REJECTED) >= agentExpected
                            && api.health().map(h -> h.path("mqtt_rejected").asLong()).orElse(0L) - dashboardBefore
                                    >= sent
                            && witness.scores().size() > scoresAtEnd + 5);
            PrometheusMetrics after = agent.metrics();
            for (String reason : List.of("BAD_MAGIC", "TRUNCATED", "MALFORMED_JSON")) {
                assertThat(after.sum(REJECTED, "reason=\"" + reason + "\""))
                        .as("agent rejections for %s", reason)
                        .isGreaterThan(before.sum(REJECTED, "reason=\"" + reason + "\""));
            }
            System.out.printf("GarbageIT: %d bad payloads published (%d on the agent's topics); agent rejections "
                    + "%s; dashboard mqtt_rejected +%d%n", sent, agentExpected, rejections(after),
                    api.health().orElseThrow().path("mqtt_rejected").asLong() - dashboardBefore);
        }
        assertThat(agent.alive()).as(agent.logTail()).isTrue();
        assertThat(dashboard.alive()).as(dashboard.logTail()).isTrue();
        assertThat(simulator.alive() || simulator.exitStatus() == 0).as(simulator.logTail()).isTrue();
        List<ScoreUpdate> scores = witness.scores();
        ScoreUpdate last = scores.get(scores.size() - 1);
        assertThat(last.subjectId()).isEqualTo(STREAMING);
        assertThat(last.agentId()).isEqualTo("edge-01");
        assertThat(Drills.state(api, STREAMING)).as("the good subject on the grid").isPresent();
        assertThat(Drills.state(api, UNKNOWN)).as("no tile for a subject that only sent garbage").isEmpty();
    }

    private static String rejections(PrometheusMetrics metrics) {
        StringBuilder out = new StringBuilder();
        metrics.samples().forEach((series, value) -> {
            if (series.startsWith(REJECTED + "{")) {
                out.append(series).append('=').append(value.longValue()).append(' ');
            }
        });
        return out.toString().trim();
    }
}
