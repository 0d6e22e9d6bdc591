package io.seizmon.dashboard.web;

import io.seizmon.core.wire.Topics;
import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.store.AcknowledgeResult;
import io.seizmon.dashboard.store.DashboardEvent;
import io.seizmon.dashboard.store.EventFilter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON API (documented in {@code dashboard/README.md}): subjects, events with filters, CSV and BIDS TSV export,
 * acknowledge, truth events and recent scores. Callers are already authenticated ({@link AuthRoutes}'s gate).
 */
final class ApiRoutes {

    private static final Pattern KIND = Pattern.compile("[a-z_]{1,32}");

    private final DashboardServices s;

    ApiRoutes(DashboardServices services) {
        this.s = services;
    }

    void mount(Router router) {
        router.get("/api/subjects").handler(this::subjects);
        router.get("/api/events").handler(ctx -> events(ctx, "json"));
        router.get("/api/events.csv").handler(ctx -> events(ctx, "csv"));
        router.get("/api/events.tsv").handler(ctx -> events(ctx, "tsv"));
        router.post("/api/events/:id/acknowledge").handler(this::acknowledge);
        router.get("/api/truth").handler(this::truth);
        router.get("/api/scores").handler(this::scores);
    }

    private void subjects(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        s.board().views(s.nowMs()).forEach(v -> list.add(JsonViews.subject(v)));
        Responses.json(ctx, 200, list);
    }

    private void events(RoutingContext ctx, String format) {
        EventFilter filter;
        try {
            filter = filter(ctx);
        } catch (IllegalArgumentException e) {
            Responses.error(ctx, 400, e.getMessage());
            return;
        }
        s.db(() -> s.events().list(filter)).onSuccess(events -> {
            switch (format) {
                case "csv" -> Responses.text(ctx, "text/csv; charset=utf-8", "events.csv", EventExport.csv(events));
                case "tsv" -> Responses.text(ctx, "text/tab-separated-values; charset=utf-8", "events.tsv",
                        EventExport.tsv(events, filter.fromUs()));
                default -> Responses.json(ctx, 200, toJson(events));
            }
        }).onFailure(t -> Responses.failure(ctx, t));
    }

    private static JsonArray toJson(List<DashboardEvent> events) {
        JsonArray list = new JsonArray();
        events.forEach(e -> list.add(JsonViews.event(e)));
        return list;
    }

    /** The filter of {@code /api/events?subject=&kind=&from=&to=&acknowledged=&limit=}. */
    static EventFilter filter(RoutingContext ctx) {
        String subject = param(ctx, "subject");
        if (subject != null && !Topics.isValidSubjectId(subject)) {
            throw new IllegalArgumentException("subject: " + subject + " (expected: a subject id)");
        }
        String kind = param(ctx, "kind");
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind: " + kind + " (expected: an event kind such as seizure_onset)");
        }
        String acknowledged = param(ctx, "acknowledged");
        if (acknowledged != null && !acknowledged.equals("true") && !acknowledged.equals("false")) {
            throw new IllegalArgumentException("acknowledged: " + acknowledged + " (expected: true or false)");
        }
        String limit = param(ctx, "limit");
        int rows;
        try {
            rows = limit == null ? EventFilter.DEFAULT_LIMIT : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit: " + limit + " (expected: 1.." + EventFilter.MAX_LIMIT + ")");
        }
        return new EventFilter(subject, kind, time(ctx, "from"), time(ctx, "to"),
                acknowledged == null ? null : Boolean.valueOf(acknowledged), false, rows);
    }

    private static Long time(RoutingContext ctx, String name) {
        String value = param(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("-?\\d{1,19}")) {
                return Long.parseLong(value);
            }
            Instant t = Instant.parse(value);
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + value
                    + " (expected: µs since the epoch or an ISO-8601 instant such as 2026-01-31T12:00:00Z)");
        }
    }

    private static String param(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private void acknowledge(RoutingContext ctx) {
        Principal who = s.access().principal(ctx).orElseThrow();
        if (!who.role().canAcknowledge()) {
            Responses.error(ctx, 403, "acknowledge: role " + who.role().id() + " (expected: operator)");
            return;
        }
        String id = ctx.pathParam("id");
        s.db(() -> s.events().acknowledge(id, who.name(), s.nowMs())).onSuccess(result -> {
            if (result instanceof AcknowledgeResult.Acknowledged a) {
                s.hub().onAcknowledged(a.event());
                Responses.json(ctx, 200, JsonViews.event(a.event()));
            } else if (result instanceof AcknowledgeResult.AlreadyAcknowledged a) {
                Responses.json(ctx, 200, JsonViews.event(a.event()));
            } else {
                Responses.error(ctx, 404, "event: " + id + " (expected: the id of a stored event)");
            }
        }).onFailure(t -> Responses.failure(ctx, t));
    }

    private void truth(RoutingContext ctx) {
        SubjectKey key;
        try {
            key = SubjectKey.parse(ctx.request().getParam("key"));
        } catch (IllegalArgumentException e) {
            Responses.error(ctx, 400, e.getMessage());
            return;
        }
        s.db(() -> s.truth().list(key.subject(), key.simulated(), 1000)).onSuccess(list -> {
            JsonArray out = new JsonArray();
            list.forEach(t -> out.add(JsonViews.truth(t)));
            Responses.json(ctx, 200, out);
        }).onFailure(t -> Responses.failure(ctx, t));
    }

    private void scores(RoutingContext ctx) {
        SubjectKey key;
        try {
            key = SubjectKey.parse(ctx.request().getParam("key"));
        } catch (IllegalArgumentException e) {
            Responses.error(ctx, 400, e.getMessage());
            return;
        }
        JsonArray points = new JsonArray();
        s.board().scoreHistory(key).forEach(p -> points.add(JsonViews.score(p)));
        Responses.json(ctx, 200, new JsonObject().put("key", key.id()).put("points", points));
    }
}
