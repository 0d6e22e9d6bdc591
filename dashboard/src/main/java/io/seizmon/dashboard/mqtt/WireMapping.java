package io.seizmon.dashboard.mqtt;

import io.seizmon.core.wire.AgentState;
import io.seizmon.core.wire.AgentStatus;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.dashboard.live.AgentInfo;
import io.seizmon.dashboard.live.ScoreSample;
import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.store.DashboardEvent;
import java.util.List;

/** Turns eeg-core's decoded alert, scores and status payloads into the dashboard's own types. Stateless. */
final class WireMapping {

    private WireMapping() {
    }

    /** The stored form of an agent's alert, received at {@code nowMs}. */
    static DashboardEvent event(AlertEvent a, long nowMs) {
        return new DashboardEvent(a.id(), a.agentId(), a.subjectId(), a.simulated(),
                a.channel().isPresent() ? a.channel().getAsInt() : null, a.channelLabel().orElse(null),
                a.kind().wireName(), a.priority().wireName(), a.seizureNumber(), a.onsetMicros(),
                a.offsetMicros().isPresent() ? a.offsetMicros().getAsLong() : null, a.decisionMicros(),
                a.publishedMicros(), a.peakProbability(), a.windows(), a.modelId(), a.detection().threshold(),
                a.detail(), nowMs, null);
    }

    /** The board's view of a scores message. */
    static ScoreSample scores(ScoreUpdate u) {
        List<String> quality = u.quality().stream().map(ChannelQuality::wireName).toList();
        return new ScoreSample(new SubjectKey(u.subjectId(), u.simulated()), u.agentId(), u.windowEndMicros(),
                u.probabilities(), quality, u.threshold());
    }

    /** The board's view of an agent status. */
    static AgentInfo agent(AgentStatus status) {
        List<SubjectKey> subjects = status.subjectIds().stream()
                .map(id -> new SubjectKey(id, status.simulated(id))).toList();
        return new AgentInfo(status.agentId(), status.state() == AgentState.ONLINE, status.sinceMicros(), subjects);
    }
}
