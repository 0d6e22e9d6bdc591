package io.seizmon.agent.pipeline;

import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.ScoreUpdate;
import java.util.Set;

/**
 * Where the pipeline's results go. Called on the pipeline thread, in decision order; implementations must return
 * quickly (journal the event, hand it to the asynchronous client) and must not throw.
 */
public interface PipelineOutput {

    /** An event was decided: journal it, then publish it (QoS 1). */
    void onAlert(AlertEvent event);

    /** A window of a stream was decided on every channel: publish the scores (QoS 0). */
    void onScores(ScoreUpdate update);

    /** The set of streams being scored changed (a stream appeared or was cleared), or the model changed. */
    void onStreamsChanged(Set<StreamKey> streams, ScoringModel model);
}
