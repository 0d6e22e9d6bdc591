package io.seizmon.dashboard.live;

/**
 * Receives what the {@link SubjectBoard} decides to show. Called on the board's thread; implementations return
 * quickly and do not call back into the board.
 */
public interface BoardListener {

    /** A subject's tile changed (state, probability, metadata, ...). */
    void onSubject(SubjectView view);

    /** New decimated points of a subject: {@code detail} true for the detail view's finer rate. */
    void onTrace(SubjectKey key, boolean detail, TraceBatch batch);

    /** A new score of a subject. */
    void onScore(SubjectKey key, ScorePoint point);

    /** A new band-power estimate of a subject's first channel (for its detail view); ignored by default. */
    default void onBands(SubjectKey key, BandPowerStrip.BandPoint point) {
    }
}
