package io.seizmon.dashboard.web;

import io.seizmon.core.wire.TruthEvent;
import io.seizmon.dashboard.live.ScorePoint;
import io.seizmon.dashboard.live.SubjectView;
import io.seizmon.dashboard.live.TraceBatch;
import io.seizmon.dashboard.store.Acknowledgement;
import io.seizmon.dashboard.store.DashboardEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The JSON shapes of the API and the WebSocket messages (documented in {@code dashboard/README.md}). NaN becomes
 * {@code null}. Stateless.
 */
final class JsonViews {

    private JsonViews() {
    }

    static JsonObject event(DashboardEvent e) {
        Acknowledgement ack = e.acknowledgement();
        return new JsonObject().put("id", e.id()).put("agent", e.agent()).put("subject", e.subject())
                .put("simulated", e.simulated()).put("key", key(e.subject(), e.simulated()))
                .put("channel", e.channel()).put("channel_label", e.channelLabel()).put("kind", e.kind())
                .put("priority", e.priority()).put("seizure_number", e.seizureNumber()).put("onset_us", e.onsetUs())
                .put("offset_us", e.offsetUs()).put("decision_us", e.decisionUs())
                .put("published_us", e.publishedUs()).put("peak_probability", e.peakProbability())
                .put("windows", e.windows()).put("model_id", e.modelId()).put("threshold", e.threshold())
                .put("detail", e.detail()).put("received_ms", e.receivedMs())
                .put("acknowledged_by", ack == null ? null : ack.userName())
                .put("acknowledged_ms", ack == null ? null : ack.acknowledgedMs());
    }

    static String key(String subject, boolean simulated) {
        return (simulated ? "sim/" : "live/") + subject;
    }

    static JsonObject subject(SubjectView v) {
        return new JsonObject().put("key", v.key().id()).put("subject", v.key().subject())
                .put("simulated", v.key().simulated()).put("state", v.state().id()).put("agent", v.agent())
                .put("probability", number(v.probability())).put("threshold", number(v.threshold()))
                .put("last_event_ms", v.lastEventMs()).put("channel_labels", new JsonArray(v.channelLabels()))
                .put("sample_rate_hz", number(v.sampleRateHz())).put("source", v.source())
                .put("problem", v.problem());
    }

    /** A trace message with the first {@code channelCount} channels of {@code batch}. */
    static JsonObject trace(String key, boolean detail, TraceBatch batch, int channelCount) {
        JsonArray times = new JsonArray();
        for (double t : batch.timesSeconds()) {
            times.add(t);
        }
        JsonArray channels = new JsonArray();
        for (int c = 0; c < Math.min(channelCount, batch.values().length); c++) {
            float[] values = batch.values()[c];
            JsonArray channel = new JsonArray();
            for (float v : values) {
                channel.add(Float.isNaN(v) ? null : Math.round(v * 100f) / 100f);
            }
            channels.add(channel);
        }
        return new JsonObject().put("type", "trace").put("key", key).put("detail", detail).put("t", times)
                .put("v", channels);
    }

    static JsonArray score(ScorePoint p) {
        return new JsonArray().add(p.windowEndSeconds()).add(number(p.probability())).add(number(p.threshold()));
    }

    static JsonObject truth(TruthEvent t) {
        return new JsonObject().put("key", key(t.subjectId(), t.simulated())).put("subject", t.subjectId())
                .put("simulated", t.simulated()).put("seq", t.sequence()).put("onset_us", t.onsetMicros())
                .put("duration_s", t.hasDuration() ? t.durationSeconds() : null).put("label", t.label())
                .put("seizure", t.seizure());
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
