package io.seizmon.agent.pipeline;

import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.ScoreUpdate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the pipeline produced, for assertions; safe when several pipeline threads write to it. */
final class RecordingOutput implements PipelineOutput {

    final List<AlertEvent> alerts = new CopyOnWriteArrayList<>();
    final List<ScoreUpdate> scores = new CopyOnWriteArrayList<>();
    final List<Set<StreamKey>> streamChanges = new CopyOnWriteArrayList<>();

    @Override
    public void onAlert(AlertEvent event) {
        alerts.add(event);
    }

    @Override
    public void onScores(ScoreUpdate update) {
        scores.add(update);
    }

    @Override
    public void onStreamsChanged(Set<StreamKey> streams, ScoringModel model) {
        streamChanges.add(streams);
    }

    List<AlertEvent> alerts(AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    List<ScoreUpdate> scores(String subjectId) {
        return scores.stream().filter(s -> s.subjectId().equals(subjectId)).toList();
    }
}
