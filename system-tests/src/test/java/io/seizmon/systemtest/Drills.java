package io.seizmon.systemtest;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the drills share: waiting for the apps to be up, and reading event ids. Agent event ids are
 * {@code <agent>:<subject>:<channel or ->:<onset_us>:<kind>} (docs/topics.md); events the dashboard derives itself
 * (agent offline) start with {@code dashboard:}. Stateless.
 */
final class Drills {

    /** Generous: the build machine is shared and a JVM start can take tens of seconds under load. */
    static final Duration START = Duration.ofSeconds(120);
    /** For anything that follows from streaming at {@link SimulatorProcess#SPEED}x. */
    static final Duration STREAM = Duration.ofSeconds(180);
    static final Duration POLL = Duration.ofMillis(250);

    private Drills() {
    }

    /** Waits until the agent's {@code /health} is UP (model loaded, broker connected). */
    static void awaitHealthy(AgentProcess agent) {
        await("agent " + agent.id() + " healthy").atMost(START).pollInterval(POLL)
                .until(() -> {
                    if (!agent.alive()) {
                        throw new AssertionError("agent " + agent.id() + " died:\n" + agent.logTail());
                    }
                    return agent.healthy();
                });
    }

    /** Waits until the dashboard answers, the operator can log in and its MQTT connection is up. */
    static void awaitConnected(DashboardProcess dashboard, DashboardClient api) {
        await("dashboard connected").atMost(START).pollInterval(POLL).until(() -> {
            if (!dashboard.alive()) {
                throw new AssertionError("dashboard died:\n" + dashboard.logTail());
            }
            return api.health().map(h -> h.path("mqtt_connected").asBoolean()).orElse(false)
                    && api.events().isPresent();
        });
    }

    /** The kind at the end of an event id. */
    static String kind(String eventId) {
        return eventId.substring(eventId.lastIndexOf(':') + 1);
    }

    /** The subject of an agent's event id. */
    static String subject(String eventId) {
        return eventId.split(":")[1];
    }

    /** The ids of the dashboard's events that came from agents (not derived by the dashboard), in its order. */
    static List<String> agentEventIds(List<JsonNode> events) {
        return events.stream().map(e -> e.path("id").asText()).filter(id -> !id.startsWith("dashboard:")).toList();
    }

    /** {@link #agentEventIds} of the dashboard's API now, or an empty list while it does not answer. */
    static List<String> agentEventIds(DashboardClient api) {
        return api.events().map(Drills::agentEventIds).orElse(List.of());
    }

    /** The grid state of a subject ({@code quiet}, {@code seizure}, {@code agent_offline}, ...), if shown. */
    static Optional<String> state(DashboardClient api, String subject) {
        return api.subject(subject).map(s -> s.path("state").asText());
    }
}
