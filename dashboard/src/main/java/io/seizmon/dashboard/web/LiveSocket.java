package io.seizmon.dashboard.web;

import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.store.EventFilter;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Optional;

/**
 * The one WebSocket per page at {@code /ws}: needs a principal and a same-origin {@code Origin} header. On open it
 * sends a {@code snapshot} (subjects and open alarms), then live messages ({@link BrowserHub}). The page may send
 * {@code {"type":"watch","key":"sim/cage-07"}} to receive that subject's detail trace and score history; nothing
 * it sends changes state (acknowledging is a POST with CSRF protection).
 */
final class LiveSocket {

    private static final int MAX_INBOUND_CHARS = 512;

    private final DashboardServices s;

    LiveSocket(DashboardServices services) {
        this.s = services;
    }

    void mount(Router router) {
        router.get("/ws").handler(this::upgrade);
    }

    private void upgrade(RoutingContext ctx) {
        Optional<Principal> who = s.access().principal(ctx);
        if (who.isEmpty()) {
            Responses.error(ctx, 401, "not logged in");
            return;
        }
        if (!sameOrigin(ctx)) {
            Responses.error(ctx, 403, "websocket: Origin " + ctx.request().getHeader("Origin")
                    + " (expected: this dashboard's own origin)");
            return;
        }
        ctx.request().toWebSocket().onSuccess(ws -> open(ws, who.get()))
                .onFailure(t -> Responses.failure(ctx, t));
    }

    private static boolean sameOrigin(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        String host = ctx.request().getHeader("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void open(ServerWebSocket ws, Principal who) {
        BrowserChannel channel = new BrowserChannel(ws, who, s.options().clientQueueBytes());
        s.hub().add(channel);
        ws.closeHandler(v -> s.hub().remove(channel));
        ws.textMessageHandler(text -> onText(channel, text));
        JsonArray subjects = new JsonArray();
        s.board().views(s.nowMs()).forEach(v -> subjects.add(JsonViews.subject(v)));
        s.db(() -> s.events().list(EventFilter.openAlarms())).onSuccess(alarms -> {
            JsonArray open = new JsonArray();
            alarms.forEach(e -> open.add(JsonViews.event(e)));
            channel.send(new JsonObject().put("type", "snapshot").put("subjects", subjects).put("alarms", open));
        }).onFailure(t -> System.err.println("dashboard: snapshot for a browser failed: " + t));
    }

    private void onText(BrowserChannel channel, String text) {
        try {
            if (text.length() > MAX_INBOUND_CHARS) {
                return;
            }
            JsonObject message = new JsonObject(text);
            if ("watch".equals(message.getString("type"))) {
                SubjectKey key = SubjectKey.parse(message.getString("key"));
                channel.watch(key.id());
                JsonArray points = new JsonArray();
                s.board().scoreHistory(key).forEach(p -> points.add(JsonViews.score(p)));
                channel.send(new JsonObject().put("type", "scores").put("key", key.id()).put("points", points));
            } else if ("unwatch".equals(message.getString("type"))) {
                channel.watch(null);
            }
        } catch (RuntimeException e) {
            // A malformed message from one page must not disturb the others: ignore it.
        }
    }
}
