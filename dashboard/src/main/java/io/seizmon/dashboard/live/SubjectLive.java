package io.seizmon.dashboard.live;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.dashboard.store.DashboardEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One subject's live state, owned by the {@link SubjectBoard}'s thread. */
final class SubjectLive {

    /** Channel key of a problem about the whole stream. */
    private static final int WHOLE_STREAM = -1;
    private static final int MAX_PENDING_POINTS = 20_000;

    final SubjectKey key;
    String agent;
    Long lastEventMs;
    Long lastFrameMs;
    double probability = Double.NaN;
    double threshold = Double.NaN;
    List<String> channelLabels = List.of();
    double sampleRateHz = Double.NaN;
    String source = "";
    final Set<String> openSeizures = new HashSet<>();
    final Map<Integer, String> problems = new LinkedHashMap<>();
    final ArrayDeque<ScorePoint> scores = new ArrayDeque<>();
    TraceDecimator grid;
    TraceDecimator detail;
    BandPowerStrip bands;
    SubjectView lastView;

    SubjectLive(SubjectKey key) {
        this.key = key;
    }

    void onFrame(EegFrame frame, long nowMs, int gridPointsPerSecond, int detailPointsPerSecond) {
        if (grid == null || grid.channelCount() != frame.channelCount()) {
            grid = new TraceDecimator(frame.channelCount(), gridPointsPerSecond, MAX_PENDING_POINTS);
            detail = new TraceDecimator(frame.channelCount(), detailPointsPerSecond, MAX_PENDING_POINTS);
        }
        grid.append(frame);
        detail.append(frame);
        if (BandPowerStrip.supports(frame.sampleRateHz())
                && (bands == null || bands.sampleRateHz() != frame.sampleRateHz())) {
            bands = new BandPowerStrip(frame.sampleRateHz());
        }
        if (bands != null) {
            bands.append(frame);
        }
        lastFrameMs = nowMs;
        sampleRateHz = frame.sampleRateHz();
        problems.remove(WHOLE_STREAM); // frames flow again after "signal lost"
    }

    void onMeta(StreamMeta meta) {
        channelLabels = meta.channelLabels();
        sampleRateHz = meta.sampleRateHz();
        source = meta.source();
    }

    ScorePoint onScores(ScoreSample sample, int maxScores) {
        agent = sample.agent();
        probability = sample.maxProbability();
        threshold = sample.threshold();
        ScorePoint point = new ScorePoint(sample.windowEndUs() / 1e6, probability, threshold);
        scores.addLast(point);
        while (scores.size() > maxScores) {
            scores.removeFirst();
        }
        return point;
    }

    void onEvent(DashboardEvent event) {
        if (!DashboardEvent.KIND_AGENT_OFFLINE.equals(event.kind())) {
            agent = event.agent();
        }
        lastEventMs = event.publishedUs() / 1000;
        int channel = event.channel() == null ? WHOLE_STREAM : event.channel();
        String seizure = channel + ":" + event.seizureNumber();
        switch (event.kind()) {
            case "seizure_onset" -> openSeizures.add(seizure);
            case "seizure_offset" -> openSeizures.remove(seizure);
            case "poor_signal", "signal_lost" -> problems.put(channel, event.kind()
                    + (event.detail().isEmpty() ? "" : ": " + event.detail()));
            case "signal_restored" -> {
                problems.remove(channel);
                problems.remove(WHOLE_STREAM);
            }
            default -> {
                // signal_gap and overload are momentary: logged and alarmed, no lasting state
            }
        }
    }

    SubjectState state(long nowMs, long noDataMillis, boolean agentOffline) {
        if (agentOffline) {
            return SubjectState.AGENT_OFFLINE;
        }
        if (!openSeizures.isEmpty()) {
            return SubjectState.SEIZURE;
        }
        if (lastFrameMs == null || nowMs - lastFrameMs > noDataMillis) {
            return SubjectState.NO_DATA;
        }
        return problems.isEmpty() ? SubjectState.QUIET : SubjectState.SIGNAL_PROBLEM;
    }

    SubjectView view(SubjectState state) {
        String problem = problems.isEmpty() ? null : String.join("; ", problems.values());
        return new SubjectView(key, state, agent, probability, threshold, lastEventMs, channelLabels,
                sampleRateHz, source, problem);
    }

    List<ScorePoint> scoreHistory() {
        return new ArrayList<>(scores);
    }
}
