package io.seizmon.dashboard.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /health}, public: 200 when the database answers, 503 otherwise; the body says whether MQTT is
 * connected, how many messages it rejected, how many browsers are connected and how many trace messages were
 * dropped for slow ones, how many JSON characters went to the connected ones, how many login lockouts started
 * and logins were refused during one, and how many trusted proxy entries the configuration names.
 */
final class HealthRoute {

    private HealthRoute() {
    }

    static void handle(RoutingContext ctx, DashboardServices s) {
        s.db(() -> s.users().count()).onComplete(result -> {
            JsonObject body = new JsonObject().put("status", result.succeeded() ? "ok" : "database unavailable")
                    .put("database", result.succeeded()).put("mqtt_connected", s.mqtt().connected())
                    .put("mqtt_rejected", s.mqtt().rejected()).put("browsers", s.hub().size())
                    .put("dropped_trace_messages", s.hub().dropped()).put("sent_chars", s.hub().sentChars())
                    .put("login_lockouts", s.throttle().lockouts()).put("logins_refused", s.throttle().refused())
                    .put("trusted_proxies", s.proxies().size());
            Responses.json(ctx, result.succeeded() ? 200 : 503, body);
        });
    }
}
