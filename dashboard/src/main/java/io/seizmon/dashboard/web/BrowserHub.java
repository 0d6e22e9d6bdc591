package io.seizmon.dashboard.web;

import io.seizmon.core.wire.TruthEvent;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.live.BandPowerStrip;
import io.seizmon.dashboard.live.BoardListener;
import io.seizmon.dashboard.live.ScorePoint;
import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.live.SubjectView;
import io.seizmon.dashboard.live.TraceBatch;
import io.seizmon.dashboard.store.DashboardEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes what the board decides, and new events and acknowledgements, to every connected browser page. Grid
 * traces go to every page; detail traces only to pages watching that subject. Confined to the event loop.
 */
final class BrowserHub implements BoardListener {

    private final List<BrowserChannel> channels = new ArrayList<>();

    void add(BrowserChannel channel) {
        channels.add(channel);
    }

    void remove(BrowserChannel channel) {
        channel.markClosed();
        channels.remove(channel);
    }

    /**
     * Closes the pages of user {@code name} (not kiosk screens) after the user's password was changed or the user
     * was removed; returns how many.
     */
    int closeUser(String name, String reason) {
        List<BrowserChannel> closing = channels.stream().filter(c -> c.principal().role() != Role.KIOSK
                && c.principal().name().equals(name)).toList();
        closing.forEach(c -> c.close(reason));
        channels.removeAll(closing);
        return closing.size();
    }

    int size() {
        return channels.size();
    }

    /** Total trace and score messages dropped for slow browsers, over the connected ones. */
    long dropped() {
        return channels.stream().mapToLong(BrowserChannel::dropped).sum();
    }

    /** JSON characters sent so far, over the connected browsers. */
    long sentChars() {
        return channels.stream().mapToLong(BrowserChannel::sentChars).sum();
    }

    @Override
    public void onSubject(SubjectView view) {
        broadcast(new JsonObject().put("type", "subject").put("subject", JsonViews.subject(view)));
    }

    @Override
    public void onTrace(SubjectKey key, boolean detail, TraceBatch batch) {
        // A tile draws the first channel only: the grid gets that one, the detail view every channel.
        JsonObject message = JsonViews.trace(key.id(), detail, batch, detail ? batch.values().length : 1);
        for (BrowserChannel c : channels) {
            if (!detail || key.id().equals(c.watchedKey())) {
                c.offer(message);
            }
        }
    }

    @Override
    public void onScore(SubjectKey key, ScorePoint point) {
        JsonObject message = new JsonObject().put("type", "score").put("key", key.id())
                .put("point", JsonViews.score(point));
        channels.forEach(c -> c.offer(message));
    }

    @Override
    public void onBands(SubjectKey key, BandPowerStrip.BandPoint point) {
        JsonArray values = new JsonArray().add(point.endSeconds());
        for (double share : point.shares()) {
            values.add(Double.isNaN(share) ? null : Math.round(share * 1000) / 1000.0);
        }
        JsonObject message = new JsonObject().put("type", "bands").put("key", key.id()).put("point", values);
        for (BrowserChannel c : channels) {
            if (key.id().equals(c.watchedKey())) {
                c.offer(message);
            }
        }
    }

    /** A new event was stored. */
    void onEvent(DashboardEvent event) {
        broadcast(new JsonObject().put("type", "event").put("event", JsonViews.event(event)));
    }

    /** An event was acknowledged. */
    void onAcknowledged(DashboardEvent event) {
        broadcast(new JsonObject().put("type", "ack").put("event", JsonViews.event(event)));
    }

    /** A new truth event was stored. */
    void onTruth(TruthEvent truth) {
        broadcast(new JsonObject().put("type", "truth").put("truth", JsonViews.truth(truth)));
    }

    private void broadcast(JsonObject message) {
        channels.forEach(c -> c.send(message));
    }
}
