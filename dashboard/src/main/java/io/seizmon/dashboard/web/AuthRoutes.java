package io.seizmon.dashboard.web;

import io.seizmon.dashboard.auth.LoginResult;
import io.seizmon.dashboard.auth.User;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Login, logout, "who am I", the kiosk URL, and the gate in front of the API: every {@code /api/} route other than
 * login and {@code me} needs a principal (401 otherwise), and a state-changing one the session's CSRF token (403).
 * Logins go through the {@link io.seizmon.dashboard.auth.LoginThrottle}: a locked-out name or address gets 429 with
 * {@code Retry-After} (seconds) before any password is hashed. The address is the client's as the configured
 * trusted proxies tell it ({@link io.seizmon.dashboard.net.TrustedProxies}), else the TCP peer.
 */
final class AuthRoutes {

    /** The header a reverse proxy appends the address it received a request from to. */
    static final String FORWARDED_FOR = "X-Forwarded-For";

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
        String address = clientAddress(ctx);
        long waitMillis = s.throttle().retryAfterMillis(name, address); // before queueing any hash
        if (waitMillis > 0) {
            throttled(ctx, new LoginResult.Throttled(waitMillis));
            return;
        }
        s.db(() -> attempt(name, password.toCharArray(), address)).onSuccess(attempt -> answer(ctx, attempt))
                .onFailure(t -> Responses.failure(ctx, t));
    }

    /**
     * The client's address for the throttle: the TCP peer, or, when the peer is a trusted proxy, the rightmost
     * untrusted {@code X-Forwarded-For} entry ({@link io.seizmon.dashboard.net.TrustedProxies}).
     */
    private String clientAddress(RoutingContext ctx) {
        SocketAddress remote = ctx.request().remoteAddress();
        String peer = remote == null ? "unknown" : remote.hostAddress();
        return s.proxies().clientAddress(peer, ctx.request().headers().getAll(FORWARDED_FOR));
    }

    /**
     * A login attempt's outcome and, when accepted, its number ({@link SessionRevocations#nextLogin()}, 0 else).
     */
    private record Attempt(LoginResult result, long login) {
    }

    private void answer(RoutingContext ctx, Attempt attempt) {
        LoginResult result = attempt.result();
        if (result instanceof LoginResult.Accepted a) {
            String csrf = s.access().login(ctx, new Principal(a.user().name(), a.user().role()), attempt.login());
            Responses.json(ctx, 200, new JsonObject().put("name", a.user().name())
                    .put("role", a.user().role().id()).put("csrf", csrf));
        } else if (result instanceof LoginResult.Throttled t) {
            throttled(ctx, t);
        } else {
            Responses.error(ctx, 401, "login: wrong name or password");
        }
    }

    /**
     * On the database worker: checks the throttle again (logins queued behind a flood meet the lockout their
     * predecessors started), then the password, and records the outcome. An accepted login draws its number here,
     * in order with the user changes that run on the same worker, so a change made after this check revokes it.
     */
    private Attempt attempt(String name, char[] password, String address) throws SQLException {
        long waitMillis = s.throttle().retryAfterMillis(name, address);
        if (waitMillis > 0) {
            return new Attempt(new LoginResult.Throttled(waitMillis), 0);
        }
        Optional<User> user = s.users().authenticate(name, password);
        if (user.isEmpty()) {
            s.throttle().onFailure(name, address);
            return new Attempt(new LoginResult.Rejected(), 0);
        }
        s.throttle().onSuccess(name);
        return new Attempt(new LoginResult.Accepted(user.get()), s.revocations().nextLogin());
    }

    private static void throttled(RoutingContext ctx, LoginResult.Throttled t) {
        ctx.response().putHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
        Responses.error(ctx, 429, "too many failed logins, try again in " + t.retryAfterSeconds() + " s");
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
        s.access().login(ctx, Principal.KIOSK, 0); // a kiosk session is never revoked
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
