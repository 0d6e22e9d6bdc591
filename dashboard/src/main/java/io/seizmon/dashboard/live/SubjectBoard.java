package io.seizmon.dashboard.live;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.dashboard.store.DashboardEvent;
import io.seizmon.dashboard.store.SubjectRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The live state of every subject the dashboard knows: what each tile shows, decimated traces, recent scores,
 * and which agent scores which subject. Plain logic, no framework: the web layer feeds it decoded MQTT messages
 * and stored events, and it reports changes to a {@link BoardListener}.
 *
 * <p>Not thread-safe: confined to one thread (the dashboard's Vert.x event loop). Times in {@code nowMs} are the
 * dashboard's wall clock.
 */
public final class SubjectBoard {

    /** Scores kept per subject for the detail view's trend. */
    public static final int MAX_SCORES = 720;

    private final Map<SubjectKey, SubjectLive> subjects = new TreeMap<>(
            (a, b) -> a.id().compareTo(b.id()));
    private final Map<String, Boolean> agentOnline = new HashMap<>();
    private final BoardListener listener;
    private final long noDataMillis;
    private final int gridPointsPerSecond;
    private final int detailPointsPerSecond;

    /**
     * @param listener              receives changes
     * @param noDataSeconds         seconds without frames before "no data"
     * @param gridPointsPerSecond   trace points per second per channel for tiles
     * @param detailPointsPerSecond trace points per second per channel for the detail view
     */
    public SubjectBoard(BoardListener listener, int noDataSeconds, int gridPointsPerSecond,
                        int detailPointsPerSecond) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.noDataMillis = noDataSeconds * 1000L;
        this.gridPointsPerSecond = gridPointsPerSecond;
        this.detailPointsPerSecond = detailPointsPerSecond;
    }

    /** Adds subjects remembered from before a restart; they show "no data" until frames arrive. */
    public void restore(List<SubjectRecord> records, long nowMs) {
        for (SubjectRecord r : records) {
            SubjectLive s = subject(new SubjectKey(r.subject(), r.simulated()));
            s.agent = r.agent();
            s.lastEventMs = r.lastEventMs();
            publish(s, nowMs);
        }
    }

    /** A decoded frame arrived. */
    public void onFrame(EegFrame frame, long nowMs) {
        SubjectLive s = subject(new SubjectKey(frame.subjectId(), frame.simulated()));
        s.onFrame(frame, nowMs, gridPointsPerSecond, detailPointsPerSecond);
        publish(s, nowMs);
    }

    /** Stream metadata arrived. */
    public void onMeta(StreamMeta meta, long nowMs) {
        SubjectLive s = subject(new SubjectKey(meta.subjectId(), meta.simulated()));
        s.onMeta(meta);
        publish(s, nowMs);
    }

    /** A scores message arrived. */
    public void onScores(ScoreSample sample, long nowMs) {
        SubjectLive s = subject(sample.key());
        listener.onScore(sample.key(), s.onScores(sample, MAX_SCORES));
        publish(s, nowMs);
    }

    /** A new (just stored, not a duplicate) event arrived. */
    public void onEvent(DashboardEvent event, long nowMs) {
        SubjectLive s = subject(new SubjectKey(event.subject(), event.simulated()));
        s.onEvent(event);
        publish(s, nowMs);
    }

    /**
     * An agent's status arrived. Returns the subjects that the agent scored and that turn "agent offline" now
     * (empty unless this status is an offline transition), for the caller to record as technical events.
     */
    public List<SubjectKey> onAgentStatus(AgentInfo info, long nowMs) {
        Boolean before = agentOnline.put(info.agent(), info.online());
        for (SubjectKey key : info.subjects()) {
            subject(key).agent = info.agent();
        }
        List<SubjectKey> turnedOffline = new ArrayList<>();
        for (SubjectLive s : subjects.values()) {
            if (info.agent().equals(s.agent)) {
                if (!info.online() && !Boolean.FALSE.equals(before)) {
                    turnedOffline.add(s.key);
                }
                publish(s, nowMs);
            }
        }
        return turnedOffline;
    }

    /** An agent's retained status was cleared (retired): its subjects no longer count as offline. */
    public void onAgentGone(String agent, long nowMs) {
        agentOnline.remove(agent);
        subjects.values().stream().filter(s -> agent.equals(s.agent)).forEach(s -> publish(s, nowMs));
    }

    /** Re-evaluates time-dependent states ("no data"); call about once a second. */
    public void tick(long nowMs) {
        subjects.values().forEach(s -> publish(s, nowMs));
    }

    /** Hands pending trace points to the listener; call a few times a second. */
    public void flushTraces() {
        for (SubjectLive s : subjects.values()) {
            if (s.grid != null && s.grid.hasPending()) {
                listener.onTrace(s.key, false, s.grid.drain());
            }
            if (s.detail != null && s.detail.hasPending()) {
                listener.onTrace(s.key, true, s.detail.drain());
            }
            if (s.bands != null) {
                s.bands.drain().forEach(point -> listener.onBands(s.key, point));
            }
        }
    }

    /** Every subject's tile, by key. */
    public List<SubjectView> views(long nowMs) {
        return subjects.values().stream().map(s -> s.view(state(s, nowMs))).toList();
    }

    /** The view of one subject, or null when unknown. */
    public SubjectView view(SubjectKey key, long nowMs) {
        SubjectLive s = subjects.get(key);
        return s == null ? null : s.view(state(s, nowMs));
    }

    /** The recent scores of a subject, oldest first (empty when unknown). */
    public List<ScorePoint> scoreHistory(SubjectKey key) {
        SubjectLive s = subjects.get(key);
        return s == null ? List.of() : s.scoreHistory();
    }

    private SubjectLive subject(SubjectKey key) {
        return subjects.computeIfAbsent(key, SubjectLive::new);
    }

    private SubjectState state(SubjectLive s, long nowMs) {
        boolean offline = s.agent != null && Boolean.FALSE.equals(agentOnline.get(s.agent));
        return s.state(nowMs, noDataMillis, offline);
    }

    private void publish(SubjectLive s, long nowMs) {
        SubjectView view = s.view(state(s, nowMs));
        if (!view.equals(s.lastView)) {
            s.lastView = view;
            listener.onSubject(view);
        }
    }
}
