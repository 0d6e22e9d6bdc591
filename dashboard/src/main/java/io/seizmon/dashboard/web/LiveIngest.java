package io.seizmon.dashboard.web;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.dashboard.live.AgentInfo;
import io.seizmon.dashboard.live.ScoreSample;
import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.store.DashboardEvent;
import io.vertx.core.Future;

/**
 * Where decoded MQTT messages enter the dashboard, on its event loop: events and truth are stored first (dropping
 * duplicates by id), then shown; frames, metadata and scores go straight to the board.
 *
 * <p>Confined to the event loop; the MQTT adapter hands messages over with {@code runOnContext}.
 */
public final class LiveIngest {

    private final DashboardServices s;

    LiveIngest(DashboardServices services) {
        this.s = services;
    }

    /** A decoded frame. */
    public void onFrame(EegFrame frame) {
        s.board().onFrame(frame, s.nowMs());
    }

    /** Decoded stream metadata. */
    public void onMeta(StreamMeta meta) {
        s.board().onMeta(meta, s.nowMs());
    }

    /** A decoded scores message. */
    public void onScores(ScoreSample sample) {
        s.board().onScores(sample, s.nowMs());
    }

    /**
     * An event (an agent's alert or a derived one): stored unless its id is known, then shown.
     *
     * @return completes with true when it was new
     */
    public Future<Boolean> onEvent(DashboardEvent event) {
        return s.db(() -> s.events().insertIfAbsent(event)).onSuccess(stored -> {
            if (stored) {
                s.board().onEvent(event, s.nowMs());
                s.hub().onEvent(event);
            }
        }).onFailure(t -> System.err.println("dashboard: event " + event.id() + " not stored: " + t));
    }

    /** An agent's status; an offline transition records an {@code agent_offline} event per subject it scored. */
    public void onAgentStatus(AgentInfo info) {
        long now = s.nowMs();
        for (SubjectKey key : s.board().onAgentStatus(info, now)) {
            onEvent(agentOffline(info, key, now));
        }
    }

    /** An agent's retained status was cleared. */
    public void onAgentGone(String agent) {
        s.board().onAgentGone(agent, s.nowMs());
    }

    /** A ground-truth event of a replay: stored unless known, then shown. */
    public Future<Boolean> onTruth(TruthEvent truth) {
        return s.db(() -> s.truth().insertIfAbsent(truth)).onSuccess(stored -> {
            if (stored) {
                s.hub().onTruth(truth);
            }
        }).onFailure(t -> System.err.println("dashboard: truth event of " + truth.subjectId() + " not stored: " + t));
    }

    /** The technical event recorded when {@code info}'s agent goes offline while scoring {@code key}. */
    static DashboardEvent agentOffline(AgentInfo info, SubjectKey key, long nowMs) {
        String id = "dashboard:" + info.agent() + ":" + key.id() + ":" + info.sinceUs() + ":"
                + DashboardEvent.KIND_AGENT_OFFLINE;
        long nowUs = nowMs * 1000;
        return new DashboardEvent(id, info.agent(), key.subject(), key.simulated(), null, null,
                DashboardEvent.KIND_AGENT_OFFLINE, DashboardEvent.MEDIUM, 0, nowUs, null, nowUs, nowUs, 0, 0, "", 0,
                "agent " + info.agent() + " is offline: " + key.subject() + " is not monitored", nowMs, null);
    }
}
