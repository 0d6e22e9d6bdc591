package io.seizmon.dashboard.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Login, logout, "who am I", the kiosk URL, and the gate in front of the API: every {@code /api/} route other than
 * login and {@code me} needs a principal (401 otherwise), and a state-changing one the session's CSRF token (403).
 */
final class AuthRoutes {

    private final DashboardServices s;

    AuthRoutes(DashboardServices services) {
        this.s = services;
    }

    void mount(Router router) {
        router.route("/api/*").handler(this::gate);
        router.post("/api/login").handler(this::login);
        router.post("/api/logout").handler(this::logout);
        router.get("/api/me").handler(this::me);
        router.get("/kiosk/:token").handler(this::kiosk);
        router.get("/").handler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", "/app.html").end());
        router.get("/app.html").handler(this::page);
    }

    private void gate(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals("/api/login") || path.equals("/api/me")) {
            ctx.next();
            return;
        }
        if (s.access().principal(ctx).isEmpty()) {
            Responses.error(ctx, 401, "not logged in (POST /api/login)");
        } else if (!s.access().csrfOk(ctx)) {
            Responses.error(ctx, 403, "csrf: missing or wrong " + SessionAccess.CSRF_HEADER + " header");
        } else {
            ctx.next();
        }
    }

    private void login(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            Responses.error(ctx, 415, "login: Content-Type " + type + " (expected: application/json)");
            return;
        }
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        String name = body == null ? null : body.getValue("name") instanceof String n ? n : null;
        String password = body == null ? null : body.getValue("password") instanceof String p ? p : null;
        if (name == null || password == null) {
            Responses.error(ctx, 400, "login: body (expected: {\"name\": \"...\", \"password\": \"...\"})");
            return;
        }
        s.db(() -> s.users().authenticate(name, password.toCharArray())).onSuccess(user -> {
            if (user.isEmpty()) {
                Responses.error(ctx, 401, "login: wrong name or password");
                return;
            }
            String csrf = s.access().login(ctx, new Principal(user.get().name(), user.get().role()));
            Responses.json(ctx, 200, new JsonObject().put("name", user.get().name())
                    .put("role", user.get().role().id()).put("csrf", csrf));
        }).onFailure(t -> Responses.failure(ctx, t));
    }

    private void logout(RoutingContext ctx) {
        s.access().logout(ctx);
        ctx.response().setStatusCode(204).end();
    }

    private void me(RoutingContext ctx) {
        Optional<Principal> who = s.access().principal(ctx);
        s.db(() -> s.users().count()).onSuccess(users -> {
            JsonObject me = new JsonObject().put("authenticated", who.isPresent())
                    .put("users_exist", users > 0).put("kiosk_enabled", s.options().kiosk());
            who.ifPresent(p -> me.put("name", p.name()).put("role", p.role().id())
                    .put("can_acknowledge", p.role().canAcknowledge()).put("csrf", s.access().csrfToken(ctx))
                    .put("audio_pause_seconds", s.options().audioPauseSeconds())
                    .put("no_data_seconds", s.options().noDataSeconds()));
            Responses.json(ctx, 200, me);
        }).onFailure(t -> Responses.failure(ctx, t));
    }

    private void kiosk(RoutingContext ctx) {
        String expected = s.options().kioskToken();
        String given = ctx.pathParam("token");
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            Responses.error(ctx, 404, "not found");
            return;
        }
        s.access().login(ctx, Principal.KIOSK);
        ctx.response().setStatusCode(302).putHeader("Location", "/").end();
    }

    private void page(RoutingContext ctx) {
        if (s.access().principal(ctx).isEmpty()) {
            ctx.response().setStatusCode(302).putHeader("Location", "/login.html").end();
        } else {
            ctx.response().putHeader("Cache-Control", "no-store");
            ctx.next();
        }
    }
}
