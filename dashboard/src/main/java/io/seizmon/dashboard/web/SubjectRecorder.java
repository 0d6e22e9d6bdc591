package io.seizmon.dashboard.web;

import io.seizmon.dashboard.live.BoardListener;
import io.seizmon.dashboard.live.ScorePoint;
import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.live.SubjectView;
import io.seizmon.dashboard.live.TraceBatch;
import io.seizmon.dashboard.store.SubjectRecord;
import io.seizmon.dashboard.store.SubjectStore;
import io.vertx.core.WorkerExecutor;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Passes the board's changes to the browsers and remembers each subject's state, agent and last event in the
 * database when one of those changes (not on every probability), so the grid survives a restart.
 * Confined to the event loop; writes go to the database worker.
 */
final class SubjectRecorder implements BoardListener {

    private final BoardListener next;
    private final WorkerExecutor worker;
    private final SubjectStore store;
    private final LongSupplier clockMs;
    private final Map<SubjectKey, SubjectRecord> saved = new HashMap<>();

    SubjectRecorder(BoardListener next, WorkerExecutor worker, SubjectStore store, LongSupplier clockMs) {
        this.next = next;
        this.worker = worker;
        this.store = store;
        this.clockMs = clockMs;
    }

    @Override
    public void onSubject(SubjectView view) {
        next.onSubject(view);
        SubjectRecord before = saved.get(view.key());
        if (before == null || !before.state().equals(view.state().id()) || !Objects.equals(before.agent(), view.agent())
                || !Objects.equals(before.lastEventMs(), view.lastEventMs())) {
            SubjectRecord record = new SubjectRecord(view.key().subject(), view.key().simulated(), view.agent(),
                    view.state().id(), view.lastEventMs(), clockMs.getAsLong());
            saved.put(view.key(), record);
            worker.executeBlocking(() -> {
                store.save(record);
                return null;
            }, true).onFailure(t -> System.err.println("dashboard: subject " + view.key().id() + " not saved: " + t));
        }
    }

    @Override
    public void onTrace(SubjectKey key, boolean detail, TraceBatch batch) {
        next.onTrace(key, detail, batch);
    }

    @Override
    public void onScore(SubjectKey key, ScorePoint point) {
        next.onScore(key, point);
    }

    @Override
    public void onBands(SubjectKey key, io.seizmon.dashboard.live.BandPowerStrip.BandPoint point) {
        next.onBands(key, point);
    }
}
