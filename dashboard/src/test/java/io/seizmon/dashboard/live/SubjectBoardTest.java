package io.seizmon.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.dashboard.store.DashboardEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectBoardTest {

    private static final SubjectKey CAGE = new SubjectKey("cage-01", true);

    private final List<SubjectView> views = new ArrayList<>();
    private final List<TraceBatch> traces = new ArrayList<>();
    private final SubjectBoard board = new SubjectBoard(new BoardListener() {
        @Override
        public void onSubject(SubjectView view) {
            views.add(view);
        }

        @Override
        public void onTrace(SubjectKey key, boolean detail, TraceBatch batch) {
            traces.add(batch);
        }

        @Override
        public void onScore(SubjectKey key, ScorePoint point) {
        }
    }, 10, 100, 500);

    private static EegFrame frame(long sequence) {
        return new EegFrame("cage-01", true, sequence, 1_000_000L * sequence, 100, 1, 100, new float[100]);
    }

    private static DashboardEvent event(String kind, String priority, Integer channel) {
        return new DashboardEvent(kind + channel, "edge-01", "cage-01", true, channel, null, kind, priority,
                kind.startsWith("seizure") ? 1 : 0, 0, null, 0, 5_000_000, 0.9, 1, "m", 0.5, "", 0, null);
    }

    private SubjectState state(long nowMs) {
        return board.view(CAGE, nowMs).state();
    }

    @Test
    void givenFramesTheSubjectIsQuietUntilTheyStop() {
        board.onFrame(frame(0), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.QUIET);
        assertThat(state(11_000)).isEqualTo(SubjectState.QUIET);
        board.tick(11_001);
        assertThat(state(11_001)).isEqualTo(SubjectState.NO_DATA);
        assertThat(views.get(views.size() - 1).state()).isEqualTo(SubjectState.NO_DATA);
    }

    @Test
    void aSubjectKnownOnlyFromAlertsShowsNoData() {
        board.onEvent(event("signal_gap", "medium", 0), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.NO_DATA);
    }

    @Test
    void seizureOnsetOpensAndOffsetClosesTheSeizure() {
        board.onFrame(frame(0), 1000);
        board.onEvent(event("seizure_onset", "high", 0), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.SEIZURE);
        board.onEvent(event("seizure_offset", "low", 0), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.QUIET);
    }

    @Test
    void poorSignalLastsUntilRestored() {
        board.onFrame(frame(0), 1000);
        board.onEvent(event("poor_signal", "medium", 0), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.SIGNAL_PROBLEM);
        assertThat(board.view(CAGE, 1000).problem()).startsWith("poor_signal");
        board.onEvent(event("signal_restored", "low", 0), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.QUIET);
    }

    @Test
    void theLastWillOfTheScoringAgentTurnsItsSubjectsOfflineOnce() {
        board.onFrame(frame(0), 1000);
        board.onScores(new ScoreSample(CAGE, "edge-01", 5_000_000, new double[] {0.2}, List.of("ok"), 0.5), 1000);
        assertThat(board.onAgentStatus(new AgentInfo("edge-01", true, 1, List.of()), 1000)).isEmpty();
        assertThat(board.onAgentStatus(new AgentInfo("edge-01", false, 1, List.of()), 1000)).containsExactly(CAGE);
        assertThat(state(1000)).isEqualTo(SubjectState.AGENT_OFFLINE);
        assertThat(board.onAgentStatus(new AgentInfo("edge-01", false, 1, List.of()), 1000))
                .as("a retained Last Will delivered again").isEmpty();
        board.onAgentStatus(new AgentInfo("edge-01", true, 2, List.of(CAGE)), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.QUIET);
    }

    @Test
    void anotherAgentsLastWillDoesNotTouchTheSubject() {
        board.onFrame(frame(0), 1000);
        board.onAgentStatus(new AgentInfo("edge-01", true, 1, List.of(CAGE)), 1000);
        board.onAgentStatus(new AgentInfo("edge-02", false, 1, List.of()), 1000);
        assertThat(state(1000)).isEqualTo(SubjectState.QUIET);
    }

    @Test
    void probabilityIsTheHighestScoredChannel() {
        board.onScores(new ScoreSample(CAGE, "edge-01", 5_000_000, new double[] {0.2, Double.NaN, 0.7},
                List.of("ok", "flat", "ok"), 0.5), 1000);
        assertThat(board.view(CAGE, 1000).probability()).isEqualTo(0.7);
        assertThat(board.scoreHistory(CAGE)).containsExactly(new ScorePoint(5.0, 0.7, 0.5));
    }

    @Test
    void flushHandsDecimatedTracesToTheListener() {
        board.onFrame(frame(0), 1000);
        board.onFrame(frame(1), 1000);
        board.flushTraces();
        assertThat(traces).hasSize(2); // grid and detail
        board.flushTraces();
        assertThat(traces).hasSize(2);
    }
}
