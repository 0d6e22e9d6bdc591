package io.seizmon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drill 3: the dashboard is restarted right after an operator acknowledged an alarm, on the same database: every
 * stored event and the acknowledgement (who, when) are still there, and new events keep arriving.
 *
 * <p>The dashboard is SIGKILLed at once after the acknowledgement was answered with 200 (no shutdown hook, no H2
 * close): H2 writes each commit before answering ({@code WRITE_DELAY=0}, {@code dashboard/.../store/Database.java});
 * with H2's default delayed write this lost the acknowledgement ({@code system-tests/README.md}, "Known issues").
 * At the end it is stopped with SIGTERM, which must complete on its own (exit 143, no "stop:" error logged).
 */
class DashboardRestartIT {

    @RegisterExtension
    static final Drill DRILL = new Drill("dashboard-restart");

    @Test
    void eventsAndAnAcknowledgementSurviveARestart(SystemUnderTest sut) throws Exception {
        DashboardProcess dashboard = sut.startDashboard();
        AgentProcess agent = sut.startAgent("edge-01");
        DashboardClient api = dashboard.client();
        Drills.awaitHealthy(agent);
        Drills.awaitConnected(dashboard, api);
        sut.startSimulator(2, "14m");

        await("a seizure alarm on the dashboard").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> onset(api) != null);
        String alarm = onset(api).path("id").asText();
        HttpResponse<String> ack = api.acknowledge(alarm);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        Map<String, JsonNode> before = byId(api.events().orElseThrow());
        JsonNode acknowledged = before.get(alarm);
        assertThat(acknowledged.path("acknowledged_by").asText()).isEqualTo(DashboardProcess.OPERATOR);

        dashboard.kill();
        dashboard.start();
        Drills.awaitConnected(dashboard, api);

        Map<String, JsonNode> after = byId(api.events().orElseThrow());
        assertThat(after.keySet()).as("events after the restart").containsAll(before.keySet());
        for (String id : before.keySet()) {
            assertThat(after.get(id)).as("event %s after the restart", id).isEqualTo(before.get(id));
        }
        HttpResponse<String> again = api.acknowledge(alarm);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("the first acknowledgement stands")
                .contains("\"acknowledged_ms\":" + acknowledged.path("acknowledged_ms").asLong());
        int count = after.size();
        await("new events after the restart").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> Drills.agentEventIds(api).size() > count);

        dashboard.stop();
        assertThat(dashboard.exitStatus()).as("SIGTERM: a clean stop (128 + 15)").isEqualTo(143);
        assertThat(dashboard.log()).as("the stop completes, without waiting out a timeout")
                .doesNotContain("seizmon dashboard: stop:");
    }

    private static JsonNode onset(DashboardClient api) {
        return api.events().orElse(List.of()).stream().filter(e -> e.path("kind").asText().equals("seizure_onset"))
                .findFirst().orElse(null);
    }

    private static Map<String, JsonNode> byId(List<JsonNode> events) {
        return events.stream().collect(Collectors.toMap(e -> e.path("id").asText(), Function.identity()));
    }
}
